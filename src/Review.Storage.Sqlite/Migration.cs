namespace Review.Storage.Sqlite;

/// <summary>One numbered schema step; a file at version N has had steps 1..N applied.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
