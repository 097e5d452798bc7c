namespace Review.Terminal.Buffers;

/// <summary>Text drawn in one style. The text is untrusted: it is sanitized when it is written.</summary>
public readonly record struct StyledSpan(string Text, Style Style)
{
    public static implicit operator StyledSpan(string text) => new(text, Style.Default);
}
