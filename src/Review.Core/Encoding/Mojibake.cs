namespace Review.Core.Encodings;

/// <summary>
/// Detects UTF-8 text that was decoded with a legacy code page, and repairs it. The entry point for
/// the importer, the review screen and <c>review repair-text</c>.
/// </summary>
public static class Mojibake
{
    private const int MaxDepth = 3;
    private const double ColumnThreshold = 0.5;

    /// <summary>The scheme that best explains <paramref name="text"/> as misread UTF-8, or null if it reads as genuine text.</summary>
    public static GarbleScheme? Detect(string text) => Detect(text, null);

    /// <summary>
    /// Decides for a whole column from a sample of its values: values without non-ASCII characters
    /// abstain, the rest vote, and the winner needs at least half of the votes.
    /// </summary>
    public static EncodingDetection DetectColumn(IEnumerable<string> values, int sampleSize = 40)
    {
        var detected = values.Where(HasNonAscii).Take(sampleSize).Select(v => Detect(v, null)).ToList();
        if (detected.Count == 0)
        {
            return new EncodingDetection(null, 1, 0, 0);
        }

        var winner = detected.OfType<GarbleScheme>().GroupBy(s => s)
            .OrderByDescending(g => g.Count()).ThenBy(g => CodePageRank(g.Key.CodePage))
            .FirstOrDefault();
        var agreeing = winner?.Count() ?? 0;
        var share = (double)agreeing / detected.Count;
        return winner is not null && share >= ColumnThreshold
            ? new EncodingDetection(winner.Key, share, detected.Count, agreeing)
            : new EncodingDetection(null, 1 - share, detected.Count, detected.Count - agreeing);
    }

    /// <summary>Repairs one text on its own. For a column, a shared <see cref="MojibakeRepairer"/> repairs better.</summary>
    public static RepairResult Repair(string text, GarbleScheme? scheme) =>
        scheme is null ? RepairResult.Unchanged(text) : new MojibakeRepairer(scheme).Repair(text);

    /// <summary>Detects and repairs one text; genuine text comes back unchanged.</summary>
    public static RepairResult DetectAndRepair(string text) => Repair(text, Detect(text));

    internal static GarbleScheme? Detect(string text, CodePage? only)
    {
        if (!HasNonAscii(text))
        {
            return null;
        }

        var best = (only is null ? CodePage.All : [only])
            .Select(page => MojibakeAnalyser.Analyse(text, page))
            .Where(e => e.IsGarbled)
            .OrderByDescending(e => e.Score).ThenBy(e => CodePageRank(e.Page))
            .FirstOrDefault();
        return best is null ? null : new GarbleScheme(best.Page, best.Lossless ? DepthOf(text, best) : 1);
    }

    /// <summary>Double encoding: the lossless decode is itself mojibake in the same code page.</summary>
    private static int DepthOf(string text, TextEvidence evidence)
    {
        var depth = 1;
        var current = text;
        while (depth < MaxDepth && MojibakeAnalyser.DecodeLossless(current, evidence.Page) is { } inner
            && MojibakeAnalyser.Analyse(inner, evidence.Page).IsGarbled)
        {
            depth++;
            current = inner;
        }

        return depth;
    }

    private static int CodePageRank(CodePage page) => CodePage.All.ToList().IndexOf(page);

    private static bool HasNonAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
