namespace Review.Core.Checks;

/// <summary>
/// One placeholder of a text. <see cref="Key"/> is what must match on the other side: the position
/// (printf <c>%2$s</c>, Qt <c>%2</c>, <c>{2}</c>) or name (<c>%(name)s</c>, <c>{name}</c>, <c>$VAR</c>), or
/// null for an unpositioned printf conversion, which matches by order. <see cref="Arguments"/> are the
/// printf arguments it consumes, as (position or 0 for the next one, type): <c>%.*s</c> takes an int
/// and a string.
/// </summary>
public sealed record Placeholder(PlaceholderFamily Family, TextSpan Span, string? Key, string Type, IReadOnlyList<(int Position, string Type)> Arguments)
{
    public string Written(string text) => text.Substring(Span.Start, Span.Length);
}
