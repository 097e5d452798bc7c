namespace Review.Core.Agreement;

/// <summary>
/// Cohen's kappa between two annotators and the counts behind it. <see cref="Value"/> is null when
/// kappa is undefined: no unit both judged, or chance agreement 1 (both used one same value throughout).
/// </summary>
/// <param name="Units">Units both annotators judged.</param>
/// <param name="Agreements">Of those, units where they chose the same value.</param>
/// <param name="ObservedAgreement">p_o: <paramref name="Agreements"/> / <paramref name="Units"/>.</param>
/// <param name="ChanceAgreement">p_e: sum over values of the two annotators' shares of that value, multiplied.</param>
public sealed record KappaResult(double? Value, long Units, long Agreements, double ObservedAgreement, double ChanceAgreement);
