namespace Review.Core.Agreement;

/// <summary>
/// Everything <c>review agreement</c> reports. <see cref="PairsDecided"/> pairs have at least one
/// current annotation; <see cref="PairsShared"/> have judgements by two or more annotators (alpha's
/// units); <see cref="Disagreements"/> of those disagree, and <see cref="Adjudicated"/> of them carry an adjudication.
/// </summary>
public sealed record AgreementReport(
    IReadOnlyList<string> Annotators,
    long PairsDecided,
    long PairsShared,
    long Disagreements,
    long Adjudicated,
    AlphaResult Alpha,
    IReadOnlyList<AnnotatorPairAgreement> AnnotatorPairs,
    SimilaritySummary Edits);
