namespace Review.Core.Align;

/// <summary>What <see cref="CorpusAlignment"/> did: paragraph pairs read, groups written, groups per
/// kind of link, groups with an <c>alignment</c> finding, and paragraph pairs whose sentence counts differ.</summary>
public sealed record AlignSummary(
    long Paragraphs,
    long Groups,
    IReadOnlyDictionary<string, long> Kinds,
    long Flagged,
    long CountsDiffer,
    string? RepairReport);
