namespace Review.Core.Checks;

/// <summary>
/// Learns the length-ratio band of a corpus with robust quantiles: the quartiles of the log ratio
/// widened by three interquartile ranges (Tukey's "far out" fence), so a few broken pairs cannot
/// move the band. Keeps a bounded reservoir, so memory stays flat over any corpus size.
/// </summary>
public sealed class LengthRatioCalibrator(int minSourceLength = 20, int capacity = 50_000)
{
    private const int MinSamples = 30;
    private readonly List<double> _logRatios = [];
    private readonly Random _random = new(17);
    private long _seen;

    public void Add(string source, string target)
    {
        var sourceLength = LengthRatioBand.Measure(source);
        var targetLength = LengthRatioBand.Measure(target);
        if (sourceLength < minSourceLength || targetLength == 0)
        {
            return;
        }

        var logRatio = Math.Log((double)targetLength / sourceLength);
        _seen++;
        if (_logRatios.Count < capacity)
        {
            _logRatios.Add(logRatio);
        }
        else if (_random.NextInt64(_seen) is var slot && slot < capacity)
        {
            _logRatios[(int)slot] = logRatio;
        }
    }

    /// <summary>The calibrated band, or <paramref name="fallback"/> with too few pairs to tell.</summary>
    public LengthRatioBand Band(LengthRatioBand fallback)
    {
        if (_logRatios.Count < MinSamples)
        {
            return fallback;
        }

        var sorted = _logRatios.ToArray();
        Array.Sort(sorted);
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var spread = Math.Max(q3 - q1, 0.1);
        return new LengthRatioBand(Math.Exp(q1 - 3 * spread), Math.Exp(q3 + 3 * spread));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
