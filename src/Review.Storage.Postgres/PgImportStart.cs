namespace Review.Storage.Postgres;

/// <summary>What an import batch records about its file before the first pair arrives.</summary>
internal sealed record PgImportStart(string FileName, string? ContentHash, string Format, string SourceLang, string TargetLang, DateTimeOffset At);
