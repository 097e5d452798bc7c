namespace Review.Storage.Sqlite;

/// <summary>What an import batch records about its file before the first pair arrives.</summary>
internal sealed record ImportStart(
    string FileName,
    string? ContentHash,
    string Format,
    string SourceLang,
    string TargetLang,
    DateTimeOffset At);
