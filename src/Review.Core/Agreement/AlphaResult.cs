namespace Review.Core.Agreement;

/// <summary>
/// Krippendorff's alpha and the counts behind it. <see cref="Value"/> is null when alpha is
/// undefined: fewer than two pairable values, or no variation at all (expected disagreement 0).
/// </summary>
/// <param name="Units">Units with at least two values (the only ones that can be paired).</param>
/// <param name="PairableValues">n: the values in those units.</param>
/// <param name="Coincidences">The coincidence matrix o(c,k), each ordered pair of values once; it sums to n.</param>
public sealed record AlphaResult(
    double? Value,
    long Units,
    long PairableValues,
    IReadOnlyDictionary<(string C, string K), double> Coincidences,
    double ObservedDisagreement,
    double ExpectedDisagreement);
