namespace Review.Core.Checks;

/// <summary>A placeholder, tag, code span or link target found by <see cref="MarkupScanner"/>;
/// <see cref="Kind"/> names it in messages (<c>placeholder</c>, <c>tag</c>, <c>code</c>, <c>link</c>).</summary>
public readonly record struct MarkupToken(string Kind, string Text, TextSpan Span);
