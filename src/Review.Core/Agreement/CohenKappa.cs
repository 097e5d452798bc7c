namespace Review.Core.Agreement;

/// <summary>
/// Cohen's kappa for two annotators on nominal values (Cohen, "A coefficient of agreement for
/// nominal scales", 1960): kappa = (p_o - p_e) / (1 - p_e), over the units both judged. Fed one unit
/// at a time; memory is the two annotators' value counts.
/// </summary>
public sealed class CohenKappa
{
    private readonly Dictionary<string, long> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _second = new(StringComparer.Ordinal);
    private long _units;
    private long _agreements;

    public void Add(string first, string second)
    {
        _units++;
        if (first == second)
        {
            _agreements++;
        }
        _first[first] = _first.GetValueOrDefault(first) + 1;
        _second[second] = _second.GetValueOrDefault(second) + 1;
    }

    public KappaResult Result()
    {
        if (_units == 0)
        {
            return new KappaResult(null, 0, 0, 0, 0);
        }
        var n = (double)_units;
        var observed = _agreements / n;
        var chance = _first.Sum(p => p.Value / n * (_second.GetValueOrDefault(p.Key) / n));
        // Exactly 1 only when both used a single, same value; then kappa is 0/0.
        double? kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
        return new KappaResult(kappa, _units, _agreements, observed, chance);
    }
}
