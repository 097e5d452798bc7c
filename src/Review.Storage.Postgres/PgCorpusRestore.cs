using Npgsql;
using NpgsqlTypes;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>
/// A whole corpus copied into an empty schema in one transaction: each import record through a
/// <see cref="PgImportBatch"/> that joins it (pairs, findings and histories by binary COPY), then the
/// team's state; the slices, which cover the corpus, go in by one COPY at the end. Nothing is visible
/// to anyone until <see cref="Commit"/>; disposing uncommitted rolls all of it back.
/// </summary>
internal sealed class PgCorpusRestore : ICorpusRestore
{
    private const string Operation = "copy the corpus";

    private readonly PostgresStore _store;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<(long Pair, string Annotator)> _slices = [];
    private PgImportBatch? _batch;
    private bool _finished;

    public PgCorpusRestore(PostgresStore store, NpgsqlTransaction transaction)
    {
        _store = store;
        _transaction = transaction;
    }

    public IImportBatch BeginImport(ImportInfo import)
    {
        RequireOpen();
        RequireBatchCommitted();
        var start = new PgImportStart(import.FileName, import.ContentHash, import.Format, import.SourceLang, import.TargetLang, import.At);
        _batch = _store.Guard(Operation, () => new PgImportBatch(_store, _transaction, start, partOfRestore: true));
        return _batch;
    }

    public void AddAlignmentEdit(AlignmentEdit edit)
    {
        RequireOpen();
        _store.Guard(Operation, () => _store.InsertAlignmentEdit(edit.FirstDecisionId, edit.SecondDecisionId, edit.Change));
    }

    public void KeepOriginalAlignment(PairId pair, AlignedTexts original)
    {
        RequireOpen();
        _store.Guard(Operation, () => _store.KeepOriginal(pair, original));
    }

    public void AddToSlice(PairId pair, string annotator)
    {
        RequireOpen();
        _slices.Add((pair.Value, PgText.Plain(annotator, "annotator name")));
    }

    public void SetOverlap(int decisionsPerPair)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decisionsPerPair, 1);
        RequireOpen();
        _store.Guard(Operation, () => _store.WriteOverlap(decisionsPerPair));
    }

    public void SavePosition(string annotator, PairId pair)
    {
        RequireOpen();
        _store.Guard(Operation, () => _store.RememberPosition(annotator, pair));
    }

    public void Commit()
    {
        RequireOpen();
        RequireBatchCommitted();
        _store.Guard(Operation, () =>
        {
            if (_slices.Count > 0)
            {
                using var copy = _store.Connection.BeginBinaryImport("COPY slices (pair_id, annotator) FROM STDIN (FORMAT BINARY)");
                foreach (var (pair, annotator) in _slices)
                {
                    copy.StartRow();
                    copy.Write(pair, NpgsqlDbType.Bigint);
                    copy.Write(annotator, NpgsqlDbType.Text);
                }
                copy.Complete();
            }
            // The decisions kept their numbers; the next one made here must come after them all.
            _store.Execute("SELECT setval(pg_get_serial_sequence('decisions', 'id'), max(id)) FROM decisions HAVING max(id) IS NOT NULL");
            _transaction.Commit();
        });
        Finish();
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }
        try
        {
            _batch?.Dispose();
            _transaction.Rollback();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
        {
            // The connection is gone, and with it the transaction: the server rolled it back.
        }
        Finish();
    }

    private void RequireOpen() => ObjectDisposedException.ThrowIf(_finished, this);

    private void RequireBatchCommitted()
    {
        if (_batch is { Committed: false })
        {
            throw new InvalidOperationException("the previous import of the restore was not committed");
        }
    }

    private void Finish()
    {
        _finished = true;
        _transaction.Dispose();
        _store.EndBatch();
    }
}
