namespace Review.Terminal.Output;

/// <summary>
/// Every control sequence the renderer emits. Nothing else may reach the terminal as a control:
/// the tests parse the renderer's output against exactly this set.
/// </summary>
internal static class ControlSequences
{
    internal static ReadOnlySpan<byte> BeginSynchronizedUpdate => "\e[?2026h"u8;

    internal static ReadOnlySpan<byte> EndSynchronizedUpdate => "\e[?2026l"u8;

    internal static ReadOnlySpan<byte> ShowCursor => "\e[?25h"u8;

    internal static ReadOnlySpan<byte> HideCursor => "\e[?25l"u8;

    internal static ReadOnlySpan<byte> ResetStyle => "\e[0m"u8;

    internal static ReadOnlySpan<byte> HomeAndClearScreen => "\e[H\e[2J"u8;

    /// <summary>EL: blanks from the cursor to the end of the line, in the default style (sent just before).</summary>
    internal static ReadOnlySpan<byte> EraseToEndOfLine => "\e[K"u8;

    internal static void MoveTo(FrameBytes output, int x, int y)
    {
        output.Append("\e["u8);
        output.AppendNumber(y + 1);
        output.Append((byte)';');
        output.AppendNumber(x + 1);
        output.Append((byte)'H');
    }

    internal static void MoveRight(FrameBytes output, int columns)
    {
        output.Append("\e["u8);
        if (columns > 1)
        {
            output.AppendNumber(columns);
        }

        output.Append((byte)'C');
    }
}
