using Microsoft.Data.Sqlite;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>Inserts findings through one prepared command inside the caller's transaction.</summary>
internal sealed class FindingWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _pairId, _checkId, _severity, _message, _sourceSpans, _targetSpans, _suggestion;

    public FindingWriter(ReviewStore store)
    {
        _insert = store.Command("""
            INSERT INTO findings (pair_id, check_id, severity, message, source_spans, target_spans, suggestion)
            VALUES ($pair, $check, $severity, $message, $source_spans, $target_spans, $suggestion)
            """);
        _pairId = Parameter("$pair");
        _checkId = Parameter("$check");
        _severity = Parameter("$severity");
        _message = Parameter("$message");
        _sourceSpans = Parameter("$source_spans");
        _targetSpans = Parameter("$target_spans");
        _suggestion = Parameter("$suggestion");
    }

    public void Insert(PairId pair, IReadOnlyList<Finding> findings)
    {
        _pairId.Value = pair.Value;
        foreach (var finding in findings)
        {
            _checkId.Value = finding.CheckId;
            _severity.Value = SeverityName(finding.Severity);
            _message.Value = finding.Message;
            _sourceSpans.Value = StoredSpans.Write(finding.SourceSpans);
            _targetSpans.Value = StoredSpans.Write(finding.TargetSpans);
            _suggestion.Value = StoredText.Value(finding.SuggestedTarget);
            _insert.ExecuteNonQuery();
        }
    }

    public void Dispose() => _insert.Dispose();

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

    private SqliteParameter Parameter(string name) => _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
}
