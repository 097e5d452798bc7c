using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// A run of pane text with its style and its UTF-16 offset in the text that findings point into;
/// Offset is -1 for text that is not there (what a diff inserts).
/// </summary>
internal readonly record struct TextPiece(string Text, Style Style, int Offset)
{
    public StyledSpan ToSpan() => new(Text, Style);
}
