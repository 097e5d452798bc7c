namespace Review.Core.Encodings;

/// <summary>
/// How a text was garbled: UTF-8 bytes decoded with <see cref="CodePage"/>, <see cref="Depth"/>
/// times over (2 is double encoding: the garbled text was itself encoded as UTF-8 and misread again).
/// </summary>
public sealed record GarbleScheme(CodePage CodePage, int Depth = 1)
{
    public string Name => Depth == 1 ? $"UTF-8-as-{CodePage.Name}" : $"UTF-8-as-{CodePage.Name}-x{Depth}";

    /// <summary>Parses a code page name, optionally with a depth suffix: <c>windows-874</c>, <c>cp1252x2</c>.</summary>
    public static GarbleScheme? Parse(string text)
    {
        var name = text.Trim();
        var depth = 1;
        var x = name.LastIndexOf('x');
        if (x > 0 && int.TryParse(name.AsSpan(x + 1), out var parsed) && parsed is >= 1 and <= 3)
        {
            (name, depth) = (name[..x].TrimEnd('-'), parsed);
        }

        if (name.StartsWith("UTF-8-as-", StringComparison.OrdinalIgnoreCase))
        {
            name = name["UTF-8-as-".Length..];
        }

        return CodePage.Find(name) is { } page ? new GarbleScheme(page, depth) : null;
    }

    public override string ToString() => Name;
}
