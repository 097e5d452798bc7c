namespace Review.Core.Checks;

/// <summary>
/// The printf arguments of a text as the C library reads them: position (1-based) and type. With
/// <c>%n$</c> every argument is numbered explicitly; without, they are numbered in order, the
/// <c>*</c> of a width or precision taking one of its own.
/// </summary>
internal static class PrintfArguments
{
    public static List<(int Position, string Type, Placeholder Placeholder)> Of(IReadOnlyList<Placeholder> placeholders)
    {
        var arguments = new List<(int, string, Placeholder)>();
        var next = 0;
        foreach (var placeholder in placeholders)
        {
            if (placeholder.Family != PlaceholderFamily.Printf)
            {
                continue;
            }

            foreach (var (position, type) in placeholder.Arguments)
            {
                next = position > 0 ? position : next + 1;
                arguments.Add((next, type, placeholder));
            }
        }

        return arguments;
    }

    public static void Compare(CheckInput input, List<(int Position, string Type, Placeholder Placeholder)> source,
        List<(int Position, string Type, Placeholder Placeholder)> target, List<Finding> findings)
    {
        var sourceTypes = ByPosition(source);
        var targetTypes = ByPosition(target);
        var retyped = new List<(int Position, string Type, Placeholder Placeholder)>();
        foreach (var (position, type, placeholder) in source)
        {
            if (!targetTypes.TryGetValue(position, out var other))
            {
                Add(findings, $"placeholder {Written(input.Source, placeholder)} in source is missing from target (argument {position}, {type})", [placeholder.Span], []);
            }
            else if (other.Type != type)
            {
                retyped.Add((position, type, placeholder));
            }
        }

        foreach (var (position, type, placeholder) in target)
        {
            if (!sourceTypes.ContainsKey(position))
            {
                Add(findings, $"placeholder {Written(input.Target, placeholder)} in target is not in source (argument {position}, {type})", [], [placeholder.Span]);
            }
        }

        if (retyped.Count > 0)
        {
            // A swap of unpositioned arguments retypes two of them; one finding says so.
            var described = string.Join(", ", retyped.Select(a => $"{a.Position}: {a.Type} → {targetTypes[a.Position].Type}"));
            var positioned = source.Any(a => a.Placeholder.Key is not null) || target.Any(a => a.Placeholder.Key is not null);
            var what = positioned ? "arguments change type" : "arguments change order or type";
            Add(findings, $"{what} ({described})", [.. retyped.Select(a => a.Placeholder.Span).Distinct()],
                [.. retyped.Select(a => targetTypes[a.Position].Placeholder.Span).Distinct()]);
        }
    }

    private static Dictionary<int, (string Type, Placeholder Placeholder)> ByPosition(List<(int Position, string Type, Placeholder Placeholder)> arguments)
    {
        var byPosition = new Dictionary<int, (string, Placeholder)>();
        foreach (var (position, type, placeholder) in arguments)
        {
            byPosition.TryAdd(position, (type, placeholder));
        }

        return byPosition;
    }

    private static void Add(List<Finding> findings, string message, IReadOnlyList<TextSpan> source, IReadOnlyList<TextSpan> target) =>
        findings.Add(new Finding(PlaceholderCheck.CheckId, Severity.Error, message, source, target));

    private static string Written(string text, Placeholder placeholder) => MessageText.Excerpt(placeholder.Written(text));
}
