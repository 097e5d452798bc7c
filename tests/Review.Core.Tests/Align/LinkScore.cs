using Review.Core.Align;

namespace Review.Core.Tests.Align;

/// <summary>
/// Link precision, recall and F1 over a test set, counting a link right only when it covers exactly
/// the same sentences on both sides as a true one; recall per kind of true link (1-1, 2-1, 1-0...)
/// and, per kind, the links found that are wrong (the confusions).
/// </summary>
internal sealed class LinkScore
{
    private readonly Dictionary<string, (int Found, int Total)> _byKind = [];
    private readonly Dictionary<string, int> _wrongByKind = [];
    private int _predicted;
    private int _gold;
    private int _correct;

    public void Add(GoldParagraph paragraph, IEnumerable<AlignmentLink> links)
    {
        var truth = paragraph.Links.Select(Key).ToHashSet();
        var found = links.Select(l => Key((Range(l.SourceStart, l.SourceCount), Range(l.TargetStart, l.TargetCount)))).ToHashSet();
        _predicted += found.Count;
        _gold += truth.Count;
        _correct += found.Count(truth.Contains);
        foreach (var link in links)
        {
            if (!truth.Contains(Key((Range(link.SourceStart, link.SourceCount), Range(link.TargetStart, link.TargetCount)))))
            {
                _wrongByKind[link.Kind] = _wrongByKind.GetValueOrDefault(link.Kind) + 1;
            }
        }
        foreach (var link in paragraph.Links)
        {
            var kind = $"{link.Source.Length}-{link.Target.Length}";
            var (hits, total) = _byKind.GetValueOrDefault(kind);
            _byKind[kind] = (hits + (found.Contains(Key(link)) ? 1 : 0), total + 1);
        }
    }

    public double Precision => _predicted == 0 ? 0 : (double)_correct / _predicted;

    public double Recall => _gold == 0 ? 0 : (double)_correct / _gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double RecallOf(string kind) => _byKind.TryGetValue(kind, out var k) && k.Total > 0 ? (double)k.Found / k.Total : 0;

    public int CountOf(string kind) => _byKind.GetValueOrDefault(kind).Total;

    public override string ToString() =>
        $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} " +
        "recall " + string.Join(" ", _byKind.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value.Found}/{k.Value.Total}")) +
        "; wrong links found " + string.Join(" ", _wrongByKind.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}"));

    private static int[] Range(int start, int count) => [.. Enumerable.Range(start, count)];

    private static string Key((int[] Source, int[] Target) link) =>
        $"{string.Join(',', link.Source)}|{string.Join(',', link.Target)}";
}
