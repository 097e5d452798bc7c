using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>One grapheme of sanitized text, measured the way <see cref="ScreenBuffer"/> will draw it.</summary>
internal readonly record struct Glyph(string Text, int Width, Style Style)
{
    internal bool IsSpace => Text == " ";
}
