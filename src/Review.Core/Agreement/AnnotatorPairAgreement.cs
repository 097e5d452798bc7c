namespace Review.Core.Agreement;

/// <summary>Two annotators (<see cref="First"/> sorts before <see cref="Second"/>): their Cohen's kappa and how close their edits of the same pairs were.</summary>
public sealed record AnnotatorPairAgreement(string First, string Second, KappaResult Kappa, SimilaritySummary Edits);
