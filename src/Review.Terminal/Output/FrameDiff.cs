using Review.Terminal.Buffers;

namespace Review.Terminal.Output;

/// <summary>
/// Writes the cells of a frame that differ from the frame on screen, row by row, left to right.
/// Continuation cells (right halves of wide graphemes) are never written: the terminal fills them
/// when it draws the wide grapheme.
/// </summary>
internal static class FrameDiff
{
    /// <summary>Returns true when at least one cell was written.</summary>
    internal static bool Write(ScreenBuffer frame, ScreenBuffer shown, FrameBytes output, ColorDepth depth, bool full)
    {
        var next = frame.Cells;
        var previous = shown.Cells;
        var width = frame.Width;
        var cursorX = -1;
        var cursorY = -1;
        var style = Style.Default;
        var sent = Style.Default;
        var wrote = false;
        for (var i = 0; i < next.Length; i++)
        {
            var cell = next[i];
            if (cell.IsContinuation || (!full && cell == previous[i]))
            {
                continue;
            }

            var x = i % width;
            var y = i / width;
            MoveCursor(output, x, y, cursorX, cursorY);
            if (cell.Style != style)
            {
                style = cell.Style;
                sent = SendStyle(output, style, sent, depth);
            }

            output.AppendText(cell.Grapheme);
            wrote = true;
            cursorY = y;
            cursorX = x + cell.Width;

            // At the right edge the terminal is in its pending-wrap state: make the next move explicit.
            if (cursorX >= width)
            {
                cursorX = -1;
            }
        }

        if (sent != Style.Default)
        {
            output.Append(ControlSequences.ResetStyle);
        }

        return wrote;
    }

    /// <summary>Sends SGR only when the style as the terminal can show it differs (colours vanish under NO_COLOR).</summary>
    private static Style SendStyle(FrameBytes output, Style style, Style sent, ColorDepth depth)
    {
        var shown = new Style(
            ColorConversion.Downsample(style.Foreground, depth),
            ColorConversion.Downsample(style.Background, depth),
            style.Attributes);
        if (shown != sent)
        {
            SgrEncoder.Append(output, shown, depth);
        }

        return shown;
    }

    private static void MoveCursor(FrameBytes output, int x, int y, int cursorX, int cursorY)
    {
        if (cursorY == y && cursorX == x)
        {
            return;
        }

        if (cursorY == y && cursorX >= 0 && x > cursorX)
        {
            ControlSequences.MoveRight(output, x - cursorX);
            return;
        }

        ControlSequences.MoveTo(output, x, y);
    }
}
