namespace Review.Core.Formats;

/// <summary>What an export did: rows read from the store, rows written, the files, and any changes the format forced.</summary>
public sealed record ExportSummary(long Read, long Written, IReadOnlyList<string> Files, IReadOnlyList<string> Notes);
