namespace Review.Core.Checks;

/// <summary>A number as written in a text. <see cref="Key"/> compares equal for the same value
/// however it is written (<c>1,000</c> and <c>1000</c>; versions compare as written);
/// <see cref="Scaled"/> applies a scale word or unit (<c>3 million</c>, <c>300만</c>, <c>7B</c>).
/// <see cref="Protected"/> marks a number inside math, a URL, code or a citation.</summary>
public readonly record struct NumberToken(TextSpan Span, string Text, string Key, double Value, double Scaled, bool Protected = false);
