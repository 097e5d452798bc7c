using LiteDB;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Writes the pairs, with their decisions and each pair's whole history, into a LiteDB 5 file
/// (<c>--format litedb</c>): collections <c>pairs</c>, <c>decisions</c> and <c>info</c>, see
/// docs/formats-xml.md. LiteDB needs a file it can seek in, so the database is built beside the
/// output and then copied into the exporter's atomic file, which keeps "all or nothing" and the fsync.
/// Only <see cref="BsonDocument"/>s are used, never LiteDB's reflection mapper.
/// </summary>
public sealed class LiteDbWriter : IPairWriter, IDisposable
{
    private readonly Stream _output;
    private readonly Func<string, IReadOnlyList<Decision>>? _history;
    private readonly string _buildPath;
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _pairs;
    private readonly ILiteCollection<BsonDocument> _decisions;
    private readonly List<BsonDocument> _pairBatch = [];
    private readonly List<BsonDocument> _decisionBatch = [];
    private long _count;

    /// <param name="output">The exporter's file.</param>
    /// <param name="outputPath">Where the output goes; the database is built next to it.</param>
    /// <param name="history">A pair's decisions by its id, oldest first; null writes no history.</param>
    public LiteDbWriter(Stream output, string outputPath, Func<string, IReadOnlyList<Decision>>? history)
    {
        _output = output;
        _history = history;
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        _buildPath = Path.Combine(folder, $".{Path.GetFileName(outputPath)}.{Guid.NewGuid():N}.build");
        _database = new LiteDatabase(new ConnectionString { Filename = _buildPath, Connection = ConnectionType.Direct });
        _pairs = _database.GetCollection(LiteDbFields.Pairs);
        _decisions = _database.GetCollection(LiteDbFields.Decisions);
    }

    public IReadOnlyList<string> Notes => [];

    public void Write(ExportRow row)
    {
        _count++;
        _pairBatch.Add(new BsonDocument
        {
            ["_id"] = _count,
            ["id"] = LiteDbFields.Value(row.Id),
            ["source"] = LiteDbFields.Value(row.Source),
            ["target"] = LiteDbFields.Value(row.Target),
            ["status"] = PairNames.Of(row.Status),
            ["original_target"] = LiteDbFields.Value(row.OriginalTarget),
            ["suggestion"] = LiteDbFields.Value(row.Suggestion),
            ["annotator"] = LiteDbFields.Value(row.Annotator),
            ["decided_at"] = LiteDbFields.Value(row.Text(ExportField.DecidedAt)),
            ["note"] = LiteDbFields.Value(row.Note),
            ["source_lang"] = row.SourceLang,
            ["target_lang"] = row.TargetLang,
            ["metadata"] = LiteDbFields.Value(row.MetadataJson),
        });
        foreach (var decision in _history?.Invoke(row.Id) ?? [])
        {
            _decisionBatch.Add(new BsonDocument
            {
                ["_id"] = decision.Id,
                ["pair"] = _count,
                ["kind"] = PairNames.Of(decision.Kind),
                ["final_target"] = LiteDbFields.Value(decision.FinalTarget),
                ["annotator"] = LiteDbFields.Value(decision.Annotator),
                ["at"] = DecisionTime.Write(decision.At),
                ["note"] = LiteDbFields.Value(decision.Note),
                ["supersedes"] = decision.Supersedes is { } s ? new BsonValue(s) : BsonValue.Null,
                ["role"] = decision.Role == DecisionRole.Adjudication ? "adjudication" : "annotation",
                ["hunks"] = LiteDbFields.Value(decision.Hunks),
            });
        }
        if (_pairBatch.Count >= 4096)
        {
            Flush();
        }
    }

    public void Finish()
    {
        try
        {
            Flush();
            _database.GetCollection(LiteDbFields.Info).Insert(new BsonDocument
            {
                ["_id"] = "review",
                ["format"] = LiteDbFields.FormatName,
                ["version"] = LiteDbFields.Version,
                ["pairs"] = _count,
            });
            _decisions.EnsureIndex("pair");
            _database.Checkpoint();
            _database.Dispose();
            using (var built = File.OpenRead(_buildPath))
            {
                built.CopyTo(_output);
            }
            _output.Flush();
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Removes the database built beside the output; the exporter calls it whether or not the export finished.</summary>
    public void Dispose()
    {
        _database.Dispose();
        File.Delete(_buildPath);
    }

    private void Flush()
    {
        _pairs.InsertBulk(_pairBatch);
        _decisions.InsertBulk(_decisionBatch);
        _pairBatch.Clear();
        _decisionBatch.Clear();
    }
}
