namespace Review.Core.Text;

/// <summary>
/// Words after which a full stop is no sentence end (<c>et al.</c>, <c>Fig.</c>, <c>e.g.</c>). The
/// list is data, in <c>Text/Data/abbreviations-en.txt</c>, so it grows without touching code.
/// </summary>
public static class Abbreviations
{
    private const string Resource = "Review.Core.Text.abbreviations-en.txt";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = Load().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (the text before a full stop, without it) is a known abbreviation.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Known.Contains(word);

    private static HashSet<string> Load()
    {
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"missing resource {Resource}");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word);
            }
        }
        return words;
    }
}
