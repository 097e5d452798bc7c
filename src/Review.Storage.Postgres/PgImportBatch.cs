using Npgsql;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>
/// One file's pairs going into the corpus inside a single transaction, streamed with binary
/// <c>COPY</c>: all or nothing, as on SQLite. COPY cannot skip a duplicate row, so the batch knows
/// every external id of the corpus and of the file (a set in memory, filled from the corpus at the
/// start) and answers <see cref="TryAdd"/> itself. Findings and restored decisions are kept aside
/// and written between COPY runs, since one connection carries one COPY at a time. A batch of a
/// <see cref="PgCorpusRestore"/> runs inside the restore's transaction: its commit closes the import
/// record only, and its restored histories keep their decision numbers.
/// </summary>
internal sealed partial class PgImportBatch : IImportBatch
{
    private const int IdBlock = 16384;
    private const int Buffered = 8192;
    private const string PairCopy = """
        COPY pairs (id, ord, import_id, raw_fields, external_id, source_lang, target_lang, source, target,
            original_target, suggestion, metadata_json, repair_json, status, decision_id, deciders) FROM STDIN (FORMAT BINARY)
        """;

    private readonly PostgresStore _store;
    private readonly NpgsqlTransaction _transaction;
    private readonly PgImportStart _start;
    private readonly string _generatedIdPrefix;
    private readonly HashSet<string> _externalIds = new(StringComparer.Ordinal);
    private readonly Queue<long> _decisionIds = new();
    private readonly PgAsideRows _aside = new();
    private readonly string _sourceLang;
    private readonly string _targetLang;
    private readonly PgDeferredIndexes? _deferredIndexes;
    private readonly bool _partOfRestore;
    private NpgsqlBinaryImporter? _copy;
    private long _firstId = long.MaxValue;
    private long _lastId = long.MinValue;
    private long _nextOrd;
    private long _nextPairId;
    private long _count;
    private bool _finished;

    public PgImportBatch(PostgresStore store, NpgsqlTransaction transaction, PgImportStart start, bool partOfRestore = false)
    {
        _store = store;
        _partOfRestore = partOfRestore;
        _transaction = transaction;
        _start = start;
        _sourceLang = PgText.Plain(start.SourceLang, "source language");
        _targetLang = PgText.Plain(start.TargetLang, "target language");
        _generatedIdPrefix = Path.GetFileNameWithoutExtension(start.FileName) + ":";
        // Imports into one corpus take turns, so that each numbers its pairs after the last ord;
        // annotators keep deciding meanwhile (MVCC: they do not see the import until it commits).
        store.Execute("SELECT pg_advisory_xact_lock(hashtext('review import ' || current_schema()))");
        ImportId = InsertImport();
        // Only imports create pairs, and they take turns under the lock above, so the pair ids can run
        // on from one nextval without asking the sequence again, which would end the COPY each time;
        // Commit moves the sequence past the last one.
        _nextPairId = store.Scalar("SELECT nextval(pg_get_serial_sequence('pairs', 'id'))");
        _nextOrd = store.Scalar("SELECT coalesce(max(ord), 0) + 1 FROM pairs");
        if (_nextOrd == 1)
        {
            _deferredIndexes = PgDeferredIndexes.Drop(store);
        }
        else
        {
            using var command = store.Command("SELECT external_id, raw_fields & 1 FROM pairs");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _externalIds.Add(PgText.Decode(reader.GetString(0), reader.GetInt32(1) != 0)!);
            }
        }
        store.PauseCopy = EndCopy;
    }

    public long ImportId { get; }

    public long Count => _count;

    /// <summary>Whether <see cref="Commit"/> has closed the import.</summary>
    public bool Committed { get; private set; }

    public PairId Add(NewPair pair)
    {
        if (!TryAdd(pair, out var pairId))
        {
            throw new StoreException(
                $"{_start.FileName}: line {pair.Record.Line}: id '{ExternalIdOf(pair)}' is already in the database or earlier in this file");
        }
        return pairId;
    }

    public bool TryAdd(NewPair pair, out PairId pairId)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var externalId = ExternalIdOf(pair);
        if (!_externalIds.Add(externalId))
        {
            pairId = default;
            return false;
        }
        var record = pair.Record;
        var id = _nextPairId;
        var (values, raw) = PgRows.Encode(
            (externalId, PgRows.ExternalIdBit), (record.Source, PgRows.SourceBit), (pair.RepairedTarget ?? record.Target, PgRows.TargetBit),
            (pair.RepairedTarget is null ? null : record.Target, PgRows.OriginalTargetBit), (record.Suggestion, PgRows.SuggestionBit),
            (record.MetadataJson, PgRows.MetadataBit), (pair.RepairJson, PgRows.RepairBit));
        _store.Guard("import the file", () => Hold(new PgHeldPair(id, _nextOrd, raw, values)));
        _firstId = Math.Min(_firstId, id);
        _lastId = id;
        _nextPairId++;
        _nextOrd++;
        _count++;
        var added = new PairId(id);
        pairId = added;
        if (pair.Findings is { Count: > 0 } found)
        {
            _aside.Findings.AddRange(found.Select(f => (added, f)));
            FlushWhenFull();
        }
        return true;
    }

    public ImportInfo Commit(string? contentHash = null)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var hash = contentHash ?? _start.ContentHash ?? throw new InvalidOperationException("an import needs its content hash to commit");
        _store.Guard("import the file", () =>
        {
            Flush();
            if (_count > 0)
            {
                _store.Execute("SELECT setval(pg_get_serial_sequence('pairs', 'id'), @last)", ("last", _nextPairId - 1));
            }
            _deferredIndexes?.Rebuild(_store);
            try
            {
                _store.Execute("UPDATE imports SET pair_count = @count, content_hash = @hash WHERE id = @id",
                    ("count", _count), ("hash", hash), ("id", ImportId));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw AlreadyImported(e);
            }
            _store.Execute("""
                UPDATE status_counts s SET pairs = s.pairs + v.added FROM unnest(@statuses, @added) AS v(status, added) WHERE s.status = v.status
                """, ("statuses", _copiedByStatus.Keys.Select(PairNames.Of).ToArray()), ("added", _copiedByStatus.Values.ToArray()));
            if (!_partOfRestore)
            {
                _transaction.Commit();
            }
        });
        Committed = true;
        Finish();
        return new ImportInfo(ImportId, _start.FileName, hash, _start.Format, _start.SourceLang, _start.TargetLang, _count, _start.At);
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }
        try
        {
            // Disposing an unfinished COPY cancels it; the rollback (the restore's, in a restore) then undoes the rest.
            _copy?.Dispose();
            if (!_partOfRestore)
            {
                _transaction.Rollback();
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
        {
            // The connection is gone, and with it the transaction: the server rolled it back.
        }
        Finish();
    }

    private void Finish()
    {
        _finished = true;
        _copy = null;
        _store.PauseCopy = null;
        if (!_partOfRestore)
        {
            _transaction.Dispose();
            _store.EndBatch();
        }
    }

    private void RequireOwn(PairId pair)
    {
        if (pair.Value < _firstId || pair.Value > _lastId)
        {
            throw new ArgumentOutOfRangeException(nameof(pair), pair, "decisions are restored only on pairs of this import");
        }
    }

    private string ExternalIdOf(NewPair pair) =>
        pair.Record.Id ?? _generatedIdPrefix + pair.Record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The next id from the table's sequence, fetched a block at a time (annotators take decision ids
    /// meanwhile). A sequence never gives a number back, so a rolled-back import leaves a gap: ids
    /// here are not dense, unlike SQLite's.
    /// </summary>
    private long Take(Queue<long> ids, string table)
    {
        if (ids.Count == 0)
        {
            EndCopy();
            using var command = _store.Command(
                $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, {IdBlock})");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Enqueue(reader.GetInt64(0));
            }
        }
        return ids.Dequeue();
    }

    private void EndCopy()
    {
        WriteHeld();
        if (_copy is { } copy)
        {
            _copy = null;
            copy.Complete();
            copy.Dispose();
        }
    }

    private void Flush()
    {
        EndCopy();
        _aside.Write(_store);
    }

    private void FlushWhenFull()
    {
        if (_aside.Count >= Buffered)
        {
            _store.Guard("import the file", Flush);
        }
    }

    private long InsertImport()
    {
        try
        {
            // Until the hash is known, a placeholder that no other import can hold keeps the column's unique index.
            return _store.Scalar("""
                INSERT INTO imports (file_name, content_hash, format, source_lang, target_lang, pair_count, at)
                VALUES (@file, @hash, @format, @source_lang, @target_lang, 0, @at) RETURNING id
                """,
                ("file", PgText.Plain(_start.FileName, "file name")), ("hash", _start.ContentHash ?? $"pending:{Guid.NewGuid():N}"),
                ("format", _start.Format), ("source_lang", _sourceLang), ("target_lang", _targetLang), ("at", _start.At.UtcDateTime));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw AlreadyImported(e);
        }
    }

    private StoreException AlreadyImported(Exception e) =>
        new($"{_start.FileName}: this content was already imported into {_store.Location}", e);
}
