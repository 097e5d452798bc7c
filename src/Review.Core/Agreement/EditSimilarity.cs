namespace Review.Core.Agreement;

/// <summary>
/// How close two edited texts are: 1 - d / max(|a|, |b|), where d is the Levenshtein distance
/// (insertions, deletions and substitutions, each costing 1) between the texts as sequences of
/// extended grapheme clusters and |a| is a text's length in graphemes. 1 means identical, 0 means
/// nothing in common; a Hangul syllable or a flag emoji counts as one character, as a reader sees it.
/// Hand-written: the two-row dynamic programme is a dozen lines, and graphemes are our own unit.
/// </summary>
public static class EditSimilarity
{
    /// <summary>Texts whose lengths multiply past this many cells are not compared (the programme is quadratic).</summary>
    public const long MaxCells = 25_000_000;

    /// <summary>The similarity in [0, 1]; null when the texts are too long to compare within <see cref="MaxCells"/>.</summary>
    public static double? Of(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }
        var first = Graphemes.Split(a);
        var second = Graphemes.Split(b);
        var longest = Math.Max(first.Count, second.Count);
        if ((long)first.Count * second.Count > MaxCells)
        {
            return null;
        }
        return 1 - ((double)Distance(first, second) / longest);
    }

    /// <summary>Levenshtein distance over two sequences of graphemes, keeping two rows.</summary>
    public static int Distance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }
}
