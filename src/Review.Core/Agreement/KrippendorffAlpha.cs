namespace Review.Core.Agreement;

/// <summary>
/// Krippendorff's alpha for nominal data, fed one unit at a time (Krippendorff, "Computing
/// Krippendorff's Alpha-Reliability", 2011): alpha = 1 - D_o / D_e, from the coincidence matrix
/// o(c,k) = sum over units u of (number of ordered pairs of values c,k in u) / (m_u - 1), where a unit
/// with fewer than two values pairs nothing. For nominal data the difference of two values is 0 when
/// they are equal and 1 otherwise, so D_o = sum over c != k of o(c,k) / n and
/// D_e = sum over c != k of n_c n_k / (n (n - 1)). Memory is the matrix: values squared, not units.
/// </summary>
public sealed class KrippendorffAlpha
{
    private readonly Dictionary<(string, string), double> _coincidences = [];
    private long _units;
    private long _values;

    /// <summary>Adds one unit's values (missing values left out); a unit with fewer than two is not pairable and is ignored.</summary>
    public void AddUnit(IReadOnlyList<string> values)
    {
        var m = values.Count;
        if (m < 2)
        {
            return;
        }
        _units++;
        _values += m;
        var weight = 1.0 / (m - 1);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (i != j)
                {
                    var key = (values[i], values[j]);
                    _coincidences[key] = _coincidences.GetValueOrDefault(key) + weight;
                }
            }
        }
    }

    public AlphaResult Result()
    {
        var marginals = new Dictionary<string, double>(StringComparer.Ordinal);
        var disagreeing = 0.0;
        foreach (var ((c, k), o) in _coincidences)
        {
            marginals[c] = marginals.GetValueOrDefault(c) + o;
            if (c != k)
            {
                disagreeing += o;
            }
        }
        var n = (double)_values;
        // sum over c != k of n_c n_k = n^2 - sum over c of n_c^2.
        var expectedPairs = (n * n) - marginals.Values.Sum(nc => nc * nc);
        var observed = n > 0 ? disagreeing / n : 0;
        var expected = n > 1 ? expectedPairs / (n * (n - 1)) : 0;
        double? alpha = n < 2 || expectedPairs <= 0 ? null : 1 - ((n - 1) * disagreeing / expectedPairs);
        return new AlphaResult(alpha, _units, _values, new Dictionary<(string C, string K), double>(
            _coincidences.Select(p => KeyValuePair.Create<(string C, string K), double>(p.Key, p.Value))), observed, expected);
    }
}
