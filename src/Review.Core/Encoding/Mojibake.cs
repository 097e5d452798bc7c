namespace Review.Core.Encoding;

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
    /// abstain, the rest vote. Short values that are ambiguous alone still count for the column's winner.
    /// </summary>
    public static EncodingDetection DetectColumn(IEnumerable<string> values, int sampleSize = 200)
    {
        var sample = values.Where(HasNonAscii).Take(sampleSize).ToList();
        if (sample.Count == 0)
        {
            return new EncodingDetection(null, 1, 0, 0);
        }

        var votes = sample.Select(v => Detect(v, null)).Where(s => s is not null).GroupBy(s => s!)
            .Select(g => (Scheme: g.Key, Votes: g.Count()))
            .OrderByDescending(v => v.Votes).ThenBy(v => CodePageRank(v.Scheme.CodePage))
            .FirstOrDefault();
        if (votes.Scheme is null)
        {
            return new EncodingDetection(null, 1, sample.Count, sample.Count);
        }

        var agreeing = sample.Count(v => Detect(v, votes.Scheme.CodePage) == votes.Scheme);
        var share = (double)agreeing / sample.Count;
        return share >= ColumnThreshold
            ? new EncodingDetection(votes.Scheme, share, sample.Count, agreeing)
            : new EncodingDetection(null, 1 - share, sample.Count, sample.Count - agreeing);
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
        return best is null ? null : new GarbleScheme(best.Page, DepthOf(text, best));
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
