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
                SgrEncoder.Append(output, cell.Style, depth);
                style = cell.Style;
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

        if (style != Style.Default)
        {
            output.Append(ControlSequences.ResetStyle);
        }

        return wrote;
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
