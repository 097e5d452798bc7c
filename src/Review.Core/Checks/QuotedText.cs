namespace Review.Core.Checks;

/// <summary>What follows the opening quotes of a text (<c>'</c>, <c>"</c>, <c>“</c>, <c>「</c>,
/// <c>`</c>..., spaces allowed), to ask whether a string starts right after one. The places are
/// found once and the strings of each length asked for are hashed once, so asking for every code
/// span of a long text stays linear, where searching the whole text for each was quadratic.</summary>
internal sealed class QuotedText(string text)
{
    private const string Quotes = "'\"“‘「『`";

    private readonly List<int> _starts = FindStarts(text);
    private readonly Dictionary<int, HashSet<string>> _byLength = [];

    public bool Starts(string body)
    {
        if (!_byLength.TryGetValue(body.Length, out var strings))
        {
            strings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in _starts)
            {
                if (start + body.Length <= text.Length)
                {
                    strings.Add(text.Substring(start, body.Length));
                }
            }

            _byLength[body.Length] = strings;
        }

        return strings.Contains(body);
    }

    /// <summary>Every index whose run of spaces before it begins right after a quote.</summary>
    private static List<int> FindStarts(string text)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!Quotes.Contains(text[i]))
            {
                continue;
            }

            var at = i + 1;
            starts.Add(at);
            while (at < text.Length && text[at] == ' ')
            {
                starts.Add(++at);
            }
        }

        return starts;
    }
}
