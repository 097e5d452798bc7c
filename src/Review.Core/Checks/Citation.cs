namespace Review.Core.Checks;

/// <summary>One citation found in a text. <see cref="Keys"/> are the cited numbers (<c>82</c>,
/// <c>3-5</c>) or author-year keys (<c>Albalak 2023</c>); <see cref="IsNumeric"/> tells which.</summary>
public sealed record Citation(TextSpan Span, bool IsNumeric, IReadOnlyList<string> Keys);
