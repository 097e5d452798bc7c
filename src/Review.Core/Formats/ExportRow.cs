using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// One pair as the exporters see it: <see cref="Target"/> is the final text (the decided text,
/// or the target under review when there is no effective decision).
/// </summary>
public sealed record ExportRow(
    string Id,
    string Source,
    string Target,
    PairStatus Status,
    string OriginalTarget,
    string? Suggestion,
    string? Annotator,
    DateTimeOffset? DecidedAt,
    string? Note,
    string SourceLang,
    string TargetLang,
    string? MetadataJson);
