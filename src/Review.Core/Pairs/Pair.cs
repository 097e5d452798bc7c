namespace Review.Core.Pairs;

/// <summary>
/// One aligned pair as stored. <see cref="Target"/> is the text under review; when the importer
/// repaired a garbled target, <see cref="OriginalTarget"/> keeps the text exactly as it came in,
/// and <see cref="RepairJson"/> lists the guessed characters with their alternatives.
/// </summary>
public sealed record Pair(
    PairId Id,
    long Ord,
    string ExternalId,
    string Source,
    string Target,
    string? OriginalTarget,
    string? Suggestion,
    string? MetadataJson,
    string SourceLang,
    string TargetLang,
    long ImportId,
    string? RepairJson);
