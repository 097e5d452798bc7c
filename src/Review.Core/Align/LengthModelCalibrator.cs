using Review.Core.Checks;

namespace Review.Core.Align;

/// <summary>
/// Learns a <see cref="LengthModel"/> from the paragraph pairs of a corpus, robustly, as
/// <see cref="LengthRatioCalibrator"/> learns the length-ratio band: <c>c</c> is the median of
/// target/source lengths and <c>s²</c> the median of <c>(lt − c·ls)²/ls</c> divided by 0.455 (the median
/// of a χ² with one degree of freedom), so misaligned or broken pairs cannot move the model. Keeps a
/// bounded reservoir, so memory stays flat over any corpus size.
/// </summary>
public sealed class LengthModelCalibrator(int minSourceLength = 20, int capacity = 20_000)
{
    private const int MinSamples = 30;
    private const double ChiSquareMedian = 0.4549;
    private readonly List<(int Source, int Target)> _samples = [];
    private readonly Random _random = new(17);
    private long _seen;

    /// <summary>Learns from a paragraph pair split into sentences: sentence by sentence when both
    /// sides have as many (most such pairs align 1-1, and the median shrugs off the rest), else whole.</summary>
    public void Add(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        if (source.Count != target.Count)
        {
            Add(string.Concat(source), string.Concat(target));
            return;
        }
        for (var i = 0; i < source.Count; i++)
        {
            Add(source[i], target[i]);
        }
    }

    public void Add(string source, string target)
    {
        var sourceLength = LengthRatioBand.Measure(source);
        var targetLength = LengthRatioBand.Measure(target);
        if (sourceLength < minSourceLength || targetLength == 0)
        {
            return;
        }
        _seen++;
        if (_samples.Count < capacity)
        {
            _samples.Add((sourceLength, targetLength));
        }
        else if (_random.NextInt64(_seen) is var slot && slot < capacity)
        {
            _samples[(int)slot] = (sourceLength, targetLength);
        }
    }

    /// <summary>The calibrated model, or <paramref name="fallback"/> with too few pairs to tell.</summary>
    public LengthModel Model(LengthModel fallback)
    {
        if (_samples.Count < MinSamples)
        {
            return fallback;
        }
        var ratio = Median(_samples.Select(s => (double)s.Target / s.Source));
        var variance = Median(_samples.Select(s => Math.Pow(s.Target - ratio * s.Source, 2) / s.Source)) / ChiSquareMedian;
        return new LengthModel(ratio, Math.Max(variance, 0.25));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
