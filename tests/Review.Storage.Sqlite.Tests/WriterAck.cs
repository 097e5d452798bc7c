namespace Review.Storage.Sqlite.Tests;

/// <summary>One "ack ID NOTE" line: the writer process saw this decision committed.</summary>
public sealed record WriterAck(long DecisionId, string Note);
