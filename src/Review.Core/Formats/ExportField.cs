namespace Review.Core.Formats;

/// <summary>The columns of an <see cref="ExportRow"/>, in the order the store reads them.</summary>
public enum ExportField
{
    Id,
    Source,
    Target,
    Status,
    OriginalTarget,
    Suggestion,
    Annotator,
    DecidedAt,
    Note,
    SourceLang,
    TargetLang,
    Metadata,
}
