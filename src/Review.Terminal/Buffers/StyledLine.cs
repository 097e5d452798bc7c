namespace Review.Terminal.Buffers;

/// <summary>One line of styled spans, e.g. a line of a help overlay.</summary>
public sealed record StyledLine(IReadOnlyList<StyledSpan> Spans)
{
    public static StyledLine Of(params StyledSpan[] spans) => new(spans);

    public static implicit operator StyledLine(string text) => new([new StyledSpan(text, Style.Default)]);
}
