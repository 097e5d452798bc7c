namespace Review.Bench.Diff;

/// <summary>The pairs of one benchmark case, handed out round-robin, one per measured iteration.</summary>
internal sealed class DiffPairSet(IReadOnlyList<(string Old, string New)> pairs)
{
    public const string Demo = "demo-20";
    public const string Corpus = "corpus-100";
    public const string Unrelated5K = "unrelated-5k";
    public const string Unrelated100K = "unrelated-100k";
    public const string Edited100K = "edited-100k";

    private int _next;

    public (string Old, string New) Current { get; private set; }

    public static DiffPairSet Load(string name) => new(name switch
    {
        Demo => [.. SampleCorpus.DemoPairs()],
        Corpus => EditedCopies(SampleCorpus.KoreanTargets(), seed: 1),
        Unrelated5K => Unrelated(5_000, count: 20, seed: 2),
        Unrelated100K => Unrelated(100_000, count: 4, seed: 3),
        Edited100K => EditedCopies(Enumerable.Range(0, 4).Select(i => SyntheticText.Prose(new Random(40 + i), 100_000)), seed: 4),
        _ => throw new ArgumentException($"unknown case {name}", nameof(name)),
    });

    public void Advance()
    {
        Current = pairs[_next];
        _next = (_next + 1) % pairs.Count;
    }

    private static List<(string, string)> Unrelated(int length, int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (SyntheticText.Prose(random, length), SyntheticText.Prose(random, length)))];
    }

    private static List<(string, string)> EditedCopies(IEnumerable<string> texts, int seed)
    {
        var random = new Random(seed);
        return [.. texts.Select(t => (t, SyntheticText.PostEdit(random, t, 1 + t.Length / 150)))];
    }
}
