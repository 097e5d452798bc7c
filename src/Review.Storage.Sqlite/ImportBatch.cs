using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// One file's pairs going into the store inside a single transaction. Each row reuses one prepared
/// INSERT (<see cref="PairInsert"/>); a duplicate external id is caught by the unique index
/// (INSERT OR IGNORE reports no change) rather than by a query per row. A batch of a
/// <see cref="CorpusRestore"/> runs inside the restore's transaction: its commit closes the import
/// record only, and its restored histories keep their decision numbers.
/// </summary>
public sealed class ImportBatch : IImportBatch
{
    // A larger page cache keeps the external-id index in memory while a big file streams in.
    private const int ImportCacheKiB = 65536;
    private const int UniqueViolation = 19;

    private readonly ReviewStore _store;
    private readonly SqliteTransaction _transaction;
    private readonly ImportStart _start;
    private readonly long _importId;
    private readonly PairInsert _insert;
    private readonly string _generatedIdPrefix;
    private readonly bool _leftWal;
    private readonly bool _partOfRestore;
    private FindingWriter? _findings;
    private DecisionRestore? _decisions;
    private long _nextOrd;
    private long _count;
    private bool _finished;

    internal ImportBatch(ReviewStore store, SqliteTransaction transaction, ImportStart start, bool leftWal, bool partOfRestore = false)
    {
        _leftWal = leftWal;
        _partOfRestore = partOfRestore;
        _store = store;
        _transaction = transaction;
        _start = start;
        _generatedIdPrefix = System.IO.Path.GetFileNameWithoutExtension(start.FileName) + ":";
        _nextOrd = store.Scalar("SELECT coalesce(max(id), 0) + 1 FROM pairs");
        _importId = InsertImport();
        store.Scalar($"PRAGMA cache_size = -{ImportCacheKiB}");
        _insert = new PairInsert(store.Connection, start.SourceLang, start.TargetLang, _importId);
    }

    public long ImportId => _importId;

    public long Count => _count;

    /// <summary>Whether <see cref="Commit"/> has closed the import.</summary>
    internal bool Committed { get; private set; }

    /// <summary>Stores one pair; a duplicate external id is a <see cref="StoreException"/> naming the line.</summary>
    public PairId Add(NewPair pair)
    {
        if (!TryAdd(pair, out var pairId))
        {
            throw new StoreException(
                $"{_start.FileName}: line {pair.Record.Line}: id '{ExternalIdOf(pair)}' is already in the database or earlier in this file");
        }
        return pairId;
    }

    /// <summary>Stores one pair, or returns false (storing nothing) when its external id is taken.</summary>
    public bool TryAdd(NewPair pair, out PairId pairId)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var record = pair.Record;
        var original = pair.RepairedTarget is null ? null : record.Target;
        if (!_insert.TryInsert(_nextOrd, ExternalIdOf(pair), record.Source, pair.RepairedTarget ?? record.Target,
                original, record.Suggestion, record.MetadataJson, pair.RepairJson))
        {
            pairId = default;
            return false;
        }
        pairId = new PairId(_nextOrd++);
        _count++;
        if (pair.Findings is { Count: > 0 } found)
        {
            _findings ??= new FindingWriter(_store);
            _findings.Insert(pairId, found);
        }
        return true;
    }

    /// <summary>
    /// Records a decision on a pair this batch added, in the batch's transaction, as
    /// <see cref="ReviewStore.Decide"/> records one (the pair is new, so it supersedes nothing):
    /// the history, the pair's status and the status counts all see it, and it is kept or rolled
    /// back with the file. Used to restore the decisions of review's own export.
    /// </summary>
    public Decision AddDecision(PairId pair, DecisionKind kind, string? finalTarget, string annotator, DateTimeOffset at, string? note)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (kind == DecisionKind.Undo)
        {
            throw new ArgumentException("a pair new in this import has nothing to undo", nameof(kind));
        }
        if (kind is DecisionKind.Accept or DecisionKind.TakeSuggestion or DecisionKind.Edit && finalTarget is null)
        {
            throw new ArgumentException($"a restored {PairNames.Of(kind)} needs the text it recorded", nameof(finalTarget));
        }
        RequireOwn(pair);
        _decisions ??= new DecisionRestore(_store.Connection, keepIds: false);
        return _decisions.Add(new Decision(0, pair, kind, finalTarget, annotator, at, note, null));
    }

    /// <summary>Records a pair's whole history as review's own export carries it; see <see cref="IImportBatch.AddHistory"/>.</summary>
    public IReadOnlyList<Decision> AddHistory(PairId pair, IReadOnlyList<Decision> history, long? effective)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        RequireOwn(pair);
        RestoredHistory.Validate(history, effective);
        _decisions ??= new DecisionRestore(_store.Connection, keepIds: _partOfRestore);
        return _decisions.AddHistory(pair, history, effective);
    }

    /// <summary>
    /// Makes the whole file durable at once and releases the write lock. The content hash is needed
    /// here when <see cref="ReviewStore.BeginImport"/> was not given one.
    /// </summary>
    public ImportInfo Commit(string? contentHash = null)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var hash = contentHash ?? _start.ContentHash ?? throw new InvalidOperationException("an import needs its content hash to commit");
        try
        {
            using var update = _store.Command("""
                UPDATE imports SET pair_count = $count, content_hash = $hash WHERE id = $id;
                UPDATE status_counts SET pairs = pairs + $count WHERE status = 'pending';
                """, ("$count", _count), ("$hash", hash), ("$id", _importId));
            update.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == UniqueViolation)
        {
            throw AlreadyImported(e);
        }
        if (!_partOfRestore)
        {
            _transaction.Commit();
        }
        Committed = true;
        Finish();
        return new ImportInfo(_importId, _start.FileName, hash, _start.Format, _start.SourceLang, _start.TargetLang, _count, _start.At);
    }

    /// <summary>
    /// Without <see cref="Commit"/>, rolls back every pair and the import record (in a restore, the
    /// restore's own rollback does, and the restore refuses to commit).
    /// </summary>
    public void Dispose()
    {
        if (!_finished)
        {
            if (!_partOfRestore)
            {
                _transaction.Rollback();
            }
            Finish();
        }
    }

    private void RequireOwn(PairId pair)
    {
        if (pair.Value < _nextOrd - _count || pair.Value >= _nextOrd)
        {
            throw new ArgumentOutOfRangeException(nameof(pair), pair, "decisions are restored only on pairs of this import");
        }
    }

    private string ExternalIdOf(NewPair pair) =>
        pair.Record.Id ?? _generatedIdPrefix + pair.Record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Finish()
    {
        _finished = true;
        _insert.Dispose();
        _findings?.Dispose();
        _decisions?.Dispose();
        if (_partOfRestore)
        {
            return;
        }
        _transaction.Dispose();
        _store.EndTransaction();
        _store.Scalar("PRAGMA cache_size = -2000");
        _store.ReturnFromImportJournal(_leftWal);
    }

    private long InsertImport()
    {
        try
        {
            return _store.Scalar("""
                INSERT INTO imports (file_name, content_hash, format, source_lang, target_lang, pair_count, at)
                VALUES ($file, $hash, $format, $source_lang, $target_lang, 0, $at) RETURNING id
                """,
                // Until the hash is known, a placeholder that no other import can hold keeps the column's unique index.
                ("$file", _start.FileName), ("$hash", _start.ContentHash ?? $"pending:{Guid.NewGuid():N}"), ("$format", _start.Format),
                ("$source_lang", _start.SourceLang), ("$target_lang", _start.TargetLang), ("$at", DecisionTime.Write(_start.At)));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == UniqueViolation)
        {
            throw AlreadyImported(e);
        }
    }

    private StoreException AlreadyImported(SqliteException e) =>
        new($"{_start.FileName}: this content was already imported into {_store.Path}", e);
}
