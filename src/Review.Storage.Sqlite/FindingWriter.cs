using Microsoft.Data.Sqlite;
using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Sqlite;

/// <summary>Inserts findings through one prepared command inside the caller's transaction.</summary>
internal sealed class FindingWriter : IDisposable
{
    private readonly SqliteCommand insert;
    private readonly SqliteParameter pairId, checkId, severity, message, sourceSpans, targetSpans, suggestion;

    public FindingWriter(ReviewStore store)
    {
        insert = store.Command("""
            INSERT INTO findings (pair_id, check_id, severity, message, source_spans, target_spans, suggestion)
            VALUES ($pair, $check, $severity, $message, $source_spans, $target_spans, $suggestion)
            """);
        pairId = Parameter("$pair");
        checkId = Parameter("$check");
        severity = Parameter("$severity");
        message = Parameter("$message");
        sourceSpans = Parameter("$source_spans");
        targetSpans = Parameter("$target_spans");
        suggestion = Parameter("$suggestion");
    }

    public void Insert(PairId pair, IReadOnlyList<Finding> findings)
    {
        pairId.Value = pair.Value;
        foreach (var finding in findings)
        {
            checkId.Value = finding.CheckId;
            severity.Value = SeverityName(finding.Severity);
            message.Value = finding.Message;
            sourceSpans.Value = SpanText.Write(finding.SourceSpans);
            targetSpans.Value = SpanText.Write(finding.TargetSpans);
            suggestion.Value = StoredText.Value(finding.SuggestedTarget);
            insert.ExecuteNonQuery();
        }
    }

    public void Dispose() => insert.Dispose();

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static Severity ParseSeverity(string name) => name switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw new InvalidDataException($"unknown finding severity '{name}' in the database"),
    };

    private SqliteParameter Parameter(string name) => insert.Parameters.Add(new SqliteParameter { ParameterName = name });
}
