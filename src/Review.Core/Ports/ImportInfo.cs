namespace Review.Core.Ports;

/// <summary>One imported file: its content hash makes a second import of the same bytes a no-op.</summary>
public sealed record ImportInfo(
    long Id,
    string FileName,
    string ContentHash,
    string Format,
    string SourceLang,
    string TargetLang,
    long PairCount,
    DateTimeOffset At);
