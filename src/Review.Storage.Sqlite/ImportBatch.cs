using Microsoft.Data.Sqlite;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// One file's pairs going into the store inside a single transaction. Each row reuses one prepared
/// INSERT (<see cref="PairInsert"/>); a duplicate external id is caught by the unique index
/// (INSERT OR IGNORE reports no change) rather than by a query per row.
/// </summary>
public sealed class ImportBatch : IImportBatch
{
    // A larger page cache keeps the external-id index in memory while a big file streams in.
    private const int ImportCacheKiB = 65536;
    private const int UniqueViolation = 19;

    private readonly ReviewStore store;
    private readonly SqliteTransaction transaction;
    private readonly ImportStart start;
    private readonly long importId;
    private readonly PairInsert insert;
    private readonly string generatedIdPrefix;
    private readonly bool leftWal;
    private FindingWriter? findings;
    private DecisionRestore? decisions;
    private long nextOrd;
    private long count;
    private bool finished;

    internal ImportBatch(ReviewStore store, SqliteTransaction transaction, ImportStart start, bool leftWal)
    {
        this.leftWal = leftWal;
        this.store = store;
        this.transaction = transaction;
        this.start = start;
        generatedIdPrefix = System.IO.Path.GetFileNameWithoutExtension(start.FileName) + ":";
        nextOrd = store.Scalar("SELECT coalesce(max(id), 0) + 1 FROM pairs");
        importId = InsertImport();
        store.Scalar($"PRAGMA cache_size = -{ImportCacheKiB}");
        insert = new PairInsert(store.Connection, start.SourceLang, start.TargetLang, importId);
    }

    public long ImportId => importId;

    public long Count => count;

    /// <summary>Stores one pair; a duplicate external id is a <see cref="StoreException"/> naming the line.</summary>
    public PairId Add(NewPair pair)
    {
        if (!TryAdd(pair, out var pairId))
        {
            throw new StoreException(
                $"{start.FileName}: line {pair.Record.Line}: id '{ExternalIdOf(pair)}' is already in the database or earlier in this file");
        }
        return pairId;
    }

    /// <summary>Stores one pair, or returns false (storing nothing) when its external id is taken.</summary>
    public bool TryAdd(NewPair pair, out PairId pairId)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        var record = pair.Record;
        var original = pair.RepairedTarget is null ? null : record.Target;
        if (!insert.TryInsert(nextOrd, ExternalIdOf(pair), record.Source, pair.RepairedTarget ?? record.Target,
                original, record.Suggestion, record.MetadataJson, pair.RepairJson))
        {
            pairId = default;
            return false;
        }
        pairId = new PairId(nextOrd++);
        count++;
        if (pair.Findings is { Count: > 0 } found)
        {
            findings ??= new FindingWriter(store);
            findings.Insert(pairId, found);
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
        ObjectDisposedException.ThrowIf(finished, this);
        if (kind == DecisionKind.Undo)
        {
            throw new ArgumentException("a pair new in this import has nothing to undo", nameof(kind));
        }
        if (kind is DecisionKind.Accept or DecisionKind.TakeSuggestion or DecisionKind.Edit && finalTarget is null)
        {
            throw new ArgumentException($"a restored {PairNames.Of(kind)} needs the text it recorded", nameof(finalTarget));
        }
        if (pair.Value < nextOrd - count || pair.Value >= nextOrd)
        {
            throw new ArgumentOutOfRangeException(nameof(pair), pair, "decisions are restored only on pairs of this import");
        }
        decisions ??= new DecisionRestore(store.Connection);
        return decisions.Add(new Decision(0, pair, kind, finalTarget, annotator, at, note, null));
    }

    /// <summary>
    /// Makes the whole file durable at once and releases the write lock. The content hash is needed
    /// here when <see cref="ReviewStore.BeginImport"/> was not given one.
    /// </summary>
    public ImportInfo Commit(string? contentHash = null)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        var hash = contentHash ?? start.ContentHash ?? throw new InvalidOperationException("an import needs its content hash to commit");
        try
        {
            using var update = store.Command("""
                UPDATE imports SET pair_count = $count, content_hash = $hash WHERE id = $id;
                UPDATE status_counts SET pairs = pairs + $count WHERE status = 'pending';
                """, ("$count", count), ("$hash", hash), ("$id", importId));
            update.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == UniqueViolation)
        {
            throw AlreadyImported(e);
        }
        transaction.Commit();
        Finish();
        return new ImportInfo(importId, start.FileName, hash, start.Format, start.SourceLang, start.TargetLang, count, start.At);
    }

    /// <summary>Without <see cref="Commit"/>, rolls back every pair and the import record.</summary>
    public void Dispose()
    {
        if (!finished)
        {
            transaction.Rollback();
            Finish();
        }
    }

    private string ExternalIdOf(NewPair pair) =>
        pair.Record.Id ?? generatedIdPrefix + pair.Record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Finish()
    {
        finished = true;
        insert.Dispose();
        findings?.Dispose();
        decisions?.Dispose();
        transaction.Dispose();
        store.EndTransaction();
        store.Scalar("PRAGMA cache_size = -2000");
        store.ReturnFromImportJournal(leftWal);
    }

    private long InsertImport()
    {
        try
        {
            return store.Scalar("""
                INSERT INTO imports (file_name, content_hash, format, source_lang, target_lang, pair_count, at)
                VALUES ($file, $hash, $format, $source_lang, $target_lang, 0, $at) RETURNING id
                """,
                // Until the hash is known, a placeholder that no other import can hold keeps the column's unique index.
                ("$file", start.FileName), ("$hash", start.ContentHash ?? $"pending:{Guid.NewGuid():N}"), ("$format", start.Format),
                ("$source_lang", start.SourceLang), ("$target_lang", start.TargetLang), ("$at", DecisionTime.Write(start.At)));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == UniqueViolation)
        {
            throw AlreadyImported(e);
        }
    }

    private StoreException AlreadyImported(SqliteException e) =>
        new($"{start.FileName}: this content was already imported into {store.Path}", e);
}
