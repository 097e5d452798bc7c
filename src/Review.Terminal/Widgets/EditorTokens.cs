namespace Review.Terminal.Widgets;

/// <summary>
/// Runs of text the <see cref="Editor"/> keeps whole: from an <see cref="Open"/> mark to the next
/// <see cref="Close"/> mark on the same line, drawn with <see cref="OpenGlyph"/> and
/// <see cref="CloseGlyph"/> in the marks' places (so offsets and widths still hold when both are one
/// cell). The cursor steps over a token in one move, a delete takes it whole, and typed or pasted
/// text never carries a mark in. <see cref="Partner"/> names, from a token's label, the token that
/// must go with it (an opening code and its closing one), which a delete then takes too.
/// </summary>
public sealed record EditorTokens(char Open, char Close, char OpenGlyph, char CloseGlyph)
{
    public Func<string, string?>? Partner { get; init; }
}
