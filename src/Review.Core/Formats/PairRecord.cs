namespace Review.Core.Formats;

/// <summary>
/// One pair as a reader found it in an input file, before it is stored. <see cref="Line"/> is the
/// 1-based line (or TU number for TMX) used in error messages. Texts are exactly as decoded.
/// <see cref="Exported"/> is set when the record comes from review's own JSONL export.
/// </summary>
public sealed record PairRecord(
    long Line,
    string? Id,
    string Source,
    string Target,
    string? Suggestion,
    string? MetadataJson)
{
    /// <summary>The status and decision a record of review's own export carries; null for any other input.</summary>
    public ExportedState? Exported { get; init; }
}
