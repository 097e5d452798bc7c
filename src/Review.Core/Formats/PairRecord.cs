namespace Review.Core.Formats;

/// <summary>
/// One pair as a reader found it in an input file, before it is stored. <see cref="Line"/> is the
/// 1-based line (or TU number for TMX) used in error messages. Texts are exactly as decoded.
/// </summary>
public sealed record PairRecord(
    long Line,
    string? Id,
    string Source,
    string Target,
    string? Suggestion,
    string? MetadataJson);
