using LiteDB;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Reads a LiteDB exchange file written by <see cref="LiteDbWriter"/> (<c>review import pairs.litedb</c>):
/// the <c>pairs</c> collection in <c>_id</c> order, each with its status and effective decision,
/// which the import records again, as it does for review's JSONL export. The file is opened read-only.
/// <see cref="PairRecord.Line"/> is the pair's <c>_id</c>. Each pair's <c>decisions</c> come along as its
/// history, which the import restores whole (undos, supersedes, roles and hunks included); the
/// pair's own fields say which of them is its effective decision (see <see cref="ExportedHistory"/>).
/// </summary>
public sealed class LiteDbReader : IPairReader
{
    private readonly LanguagePair? _givenLanguages;
    private readonly long _totalBytes;
    private LanguagePair? _languages;
    private long _read;
    private long _count;

    public LiteDbReader(Stream stream, string fileName, LanguagePair? languages)
    {
        _totalBytes = stream.CanSeek ? stream.Length : 0;
        var head = new byte[64];
        var isLiteDb = LiteDbFields.IsLiteDb(head.AsSpan(0, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)));
        // LiteDB opens the file itself, by name and read-only.
        stream.Dispose();
        if (!isLiteDb)
        {
            throw new InputException(fileName, null, "not a LiteDB file: it does not start with LiteDB's header");
        }
        FileName = fileName;
        _givenLanguages = languages;
    }

    public PairFormat Format => PairFormat.Litedb;

    public string FileName { get; }

    public LanguagePair Languages => _givenLanguages ?? _languages ?? LanguagePair.Default;

    public bool DeclaresLanguages => _languages is not null;

    public string Description => "LiteDB exchange file, decisions restored";

    public string TargetName => "target";

    /// <summary>LiteDB reads by pages, not in file order, so progress is the share of pairs read.</summary>
    public long BytesRead => _count == 0 ? 0 : _totalBytes * _read / _count;

    public long TotalBytes => _totalBytes;

    public IEnumerable<PairRecord> Records()
    {
        using var database = Open();
        var pairs = database.GetCollection(LiteDbFields.Pairs);
        _count = pairs.LongCount();
        var decisions = database.GetCollection(LiteDbFields.Decisions);
        foreach (var document in pairs.Query().OrderBy("_id").ToEnumerable())
        {
            _read++;
            var record = Record(document);
            yield return record with { Exported = record.Exported! with { History = History(decisions, document["_id"], record.Line) } };
        }
    }

    public void Dispose()
    {
    }

    private LiteDatabase Open()
    {
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(new ConnectionString { Filename = FileName, Connection = ConnectionType.Direct, ReadOnly = true });
            var info = database.GetCollection(LiteDbFields.Info).FindById("review");
            if (info is null || info["format"] != LiteDbFields.FormatName)
            {
                throw new InputException(FileName, null, $"a LiteDB file, but not review's exchange file: it has no \"{LiteDbFields.Info}\" document naming \"{LiteDbFields.FormatName}\"");
            }
            if (info["version"] != LiteDbFields.Version)
            {
                throw new InputException(FileName, null, $"exchange file version {info["version"]}; this review reads version {LiteDbFields.Version}");
            }
            return database;
        }
        catch (Exception e) when (e is LiteException or IOException or NotSupportedException or InvalidCastException)
        {
            database?.Dispose();
            throw new InputException(FileName, null, $"not a LiteDB file it can read: {e.Message}");
        }
        catch (InputException)
        {
            database?.Dispose();
            throw;
        }
    }

    /// <summary>The pair's decisions in the order they were made (their <c>_id</c>s), through the index on <c>pair</c>.</summary>
    private List<Decision> History(ILiteCollection<BsonDocument> decisions, BsonValue pair, long line)
    {
        InputException Error(BsonValue id, string problem) => new(FileName, line, $"pair {line}: decision {id}: {problem}");
        var history = new List<Decision>();
        foreach (var document in decisions.Find(Query.EQ("pair", pair)).OrderBy(d => d["_id"].AsInt64))
        {
            var id = document["_id"];
            string? Optional(string name) => LiteDbFields.Text(document, name, out var problem) ?? (problem is null ? null : throw Error(id, problem));
            if (!id.IsNumber || !PairNames.TryParseKind(Optional("kind") ?? "", out var kind))
            {
                throw Error(id, "needs a number as _id and a known kind");
            }
            if (!DecisionTime.TryRead(Optional("at") ?? "", out var at) || Optional("annotator") is not { } annotator)
            {
                throw Error(id, "needs its annotator and a time in the export's form");
            }
            var supersedes = document["supersedes"];
            history.Add(new Decision(id.AsInt64, default, kind, Optional("final_target"), annotator, at, Optional("note"),
                supersedes.IsNumber ? supersedes.AsInt64 : null)
            {
                Role = Optional("role") == "adjudication" ? DecisionRole.Adjudication : DecisionRole.Annotation,
                Hunks = Optional("hunks"),
            });
        }
        return history;
    }

    private PairRecord Record(BsonDocument document)
    {
        var line = document["_id"].IsNumber ? document["_id"].AsInt64 : _read;
        InputException Error(string problem) => new(FileName, line, $"pair {line}: {problem}");
        string? Optional(string name) => LiteDbFields.Text(document, name, out var problem) ?? (problem is null ? null : throw Error(problem));
        string Required(string name) => Optional(name) ?? throw Error($"missing field \"{name}\"");
        var languages = new LanguagePair(Required("source_lang"), Required("target_lang"));
        _languages ??= languages;
        if (_givenLanguages is null && languages != _languages)
        {
            throw Error($"languages {languages} differ from the first pair's {_languages}; one import holds one language pair: pass --lang");
        }
        var metadata = Optional("metadata");
        if (metadata is not null && !KeptMetadata.IsObject(metadata))
        {
            throw Error("field \"metadata\" is not a JSON object");
        }
        var state = ExportedStates.From(
            Required("status"), Required("target"), Optional("annotator"), Optional("decided_at"), Optional("note"),
            new ExportedStates.Names("annotator", "decided_at", "note", "null"), out var stateProblem) ?? throw Error(stateProblem!);
        return new PairRecord(line, Required("id"), Required("source"), Required("original_target"), Optional("suggestion"), metadata)
        {
            Exported = state,
        };
    }
}
