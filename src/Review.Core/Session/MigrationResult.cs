namespace Review.Core.Session;

/// <summary>What <see cref="CorpusMigration"/> copied.</summary>
public sealed record MigrationResult(long Pairs, long Decisions, long Imports);
