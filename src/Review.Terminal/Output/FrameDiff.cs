using Review.Terminal.Buffers;

namespace Review.Terminal.Output;

/// <summary>
/// Writes the cells of a frame that differ from the frame on screen, row by row, left to right.
/// Continuation cells (right halves of wide graphemes) are never written: the terminal fills them
/// when it draws the wide grapheme. A changed row whose remainder is blank is ended with EL instead
/// of spaces, and a short gap of unchanged cells in the current style is rewritten when that is
/// cheaper than moving the cursor over it.
/// </summary>
internal sealed class FrameDiff
{
    private readonly Cell[] _next;
    private readonly Cell[] _previous;
    private readonly int _width;
    private readonly FrameBytes _output;
    private readonly ColorDepth _depth;
    private int _cursor = -1;
    private Style _style = Style.Default;
    private Style _sent = Style.Default;

    private FrameDiff(ScreenBuffer frame, ScreenBuffer shown, FrameBytes output, ColorDepth depth)
    {
        _next = frame.Cells;
        _previous = shown.Cells;
        _width = frame.Width;
        _output = output;
        _depth = depth;
    }

    /// <summary>Returns true when at least one cell was written.</summary>
    internal static bool Write(ScreenBuffer frame, ScreenBuffer shown, FrameBytes output, ColorDepth depth, bool full) =>
        frame.Width > 0 && new FrameDiff(frame, shown, output, depth).WriteCells(full);

    private bool WriteCells(bool full)
    {
        var wrote = false;
        for (var rowStart = 0; rowStart < _next.Length; rowStart += _width)
        {
            wrote |= WriteRow(rowStart, full);
        }

        if (_sent != Style.Default)
        {
            _output.Append(ControlSequences.ResetStyle);
        }

        return wrote;
    }

    private bool WriteRow(int rowStart, bool full)
    {
        var rowEnd = rowStart + _width;
        // A full redraw repaints every cell, so that it stays the plain baseline the diff is measured against.
        var blankFrom = full ? rowEnd : BlankTailStart(rowStart, rowEnd);
        var wrote = false;
        for (var i = rowStart; i < rowEnd; i++)
        {
            var cell = _next[i];
            if (cell.IsContinuation || (!full && cell == _previous[i]))
            {
                continue;
            }

            MoveTo(i);
            wrote = true;
            if (i >= blankFrom && i < rowEnd - 1)
            {
                EraseToEndOfLine();
                return true;
            }

            WriteCell(i, cell);
        }

        return wrote;
    }

    /// <summary>Index from which every cell of the row is a default blank (rowEnd when the last cell is not).</summary>
    private int BlankTailStart(int rowStart, int rowEnd)
    {
        var start = rowEnd;
        while (start > rowStart && _next[start - 1] == Cell.Blank)
        {
            start--;
        }

        return start;
    }

    private void EraseToEndOfLine()
    {
        SendStyle(Style.Default);
        _output.Append(ControlSequences.EraseToEndOfLine);
    }

    private void WriteCell(int index, Cell cell)
    {
        SendStyle(cell.Style);
        _output.AppendText(cell.Grapheme);
        _cursor = index + cell.Width;

        // At the right edge the terminal is in its pending-wrap state: make the next move explicit.
        if (_cursor % _width == 0)
        {
            _cursor = -1;
        }
    }

    /// <summary>Sends SGR only when the style as the terminal can show it differs (colours vanish under NO_COLOR).</summary>
    private void SendStyle(Style style)
    {
        if (style == _style)
        {
            return;
        }

        _style = style;
        var shown = new Style(
            ColorConversion.Downsample(style.Foreground, _depth),
            ColorConversion.Downsample(style.Background, _depth),
            style.Attributes);
        if (shown != _sent)
        {
            SgrEncoder.Append(_output, shown, _depth);
            _sent = shown;
        }
    }

    private void MoveTo(int index)
    {
        if (_cursor == index)
        {
            return;
        }

        var sameRow = _cursor >= 0 && _cursor / _width == index / _width && index > _cursor;
        if (sameRow && TryRewriteGap(_cursor, index))
        {
            return;
        }

        if (sameRow)
        {
            ControlSequences.MoveRight(_output, index - _cursor);
        }
        else
        {
            ControlSequences.MoveTo(_output, index % _width, index / _width);
        }

        _cursor = index;
    }

    /// <summary>Rewrites the unchanged cells between the cursor and the next change when they cost fewer bytes than a cursor move.</summary>
    private bool TryRewriteGap(int from, int to)
    {
        var moveCost = to - from > 1 ? 3 + (int)Math.Log10(to - from) + 1 : 3;
        var cost = 0;
        for (var i = from; i < to; i++)
        {
            var cell = _next[i];
            if (cell.IsContinuation)
            {
                continue;
            }

            cost += cell.Grapheme.Length == 1 && cell.Grapheme[0] < 0x80 ? 1 : 3;
            if (cell.Style != _style || cost > moveCost)
            {
                return false;
            }
        }

        for (var i = from; i < to; i++)
        {
            if (!_next[i].IsContinuation)
            {
                _output.AppendText(_next[i].Grapheme);
            }
        }

        _cursor = to;
        return true;
    }
}
