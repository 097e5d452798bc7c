namespace Review.Core.Checks;

/// <summary>A number as written in a text. <see cref="Value"/> is the same however the number is
/// written (<c>1,000</c> and <c>1000</c>); a version string (<see cref="IsVersion"/>, <c>2.1.3</c>)
/// has none and compares as written. <see cref="Scaled"/> applies a scale word or unit
/// (<c>3 million</c>, <c>300만</c>, <c>7B</c>). <see cref="Protected"/> marks a number inside math,
/// a URL, code or a citation. <see cref="IsClock"/> marks a time of day (<see cref="ClockTime"/>).</summary>
public readonly record struct NumberToken(TextSpan Span, double Value, double Scaled, bool IsVersion, bool Protected = false, bool IsClock = false)
{
    public ReadOnlySpan<char> Written(string text) => text.AsSpan(Span.Start, Span.Length);
}
