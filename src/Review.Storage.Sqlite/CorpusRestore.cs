using Microsoft.Data.Sqlite;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

/// <summary>
/// A whole corpus copied into an empty file in one write transaction: each import record through an
/// <see cref="ImportBatch"/> that joins it, then the team's state with the store's own SQL. Until
/// <see cref="Commit"/> nothing is in the file; disposing uncommitted rolls all of it back.
/// </summary>
internal sealed class CorpusRestore : ICorpusRestore
{
    private readonly ReviewStore _store;
    private readonly SqliteTransaction _transaction;
    private readonly bool _leftWal;
    private ImportBatch? _batch;
    private SqliteCommand? _slice;
    private bool _finished;

    public CorpusRestore(ReviewStore store, SqliteTransaction transaction, bool leftWal)
    {
        _store = store;
        _transaction = transaction;
        _leftWal = leftWal;
    }

    public IImportBatch BeginImport(ImportInfo import)
    {
        RequireOpen();
        RequireBatchCommitted();
        var start = new ImportStart(import.FileName, import.ContentHash, import.Format, import.SourceLang, import.TargetLang, import.At);
        _batch = new ImportBatch(_store, _transaction, start, leftWal: false, partOfRestore: true);
        return _batch;
    }

    public void AddAlignmentEdit(AlignmentEdit edit)
    {
        RequireOpen();
        _store.InsertAlignmentEdit(edit.FirstDecisionId, edit.SecondDecisionId, edit.Change);
    }

    public void KeepOriginalAlignment(PairId pair, AlignedTexts original)
    {
        RequireOpen();
        _store.KeepOriginal(pair, original);
    }

    public void AddToSlice(PairId pair, string annotator)
    {
        RequireOpen();
        // One statement, prepared once and bound again for each pair: a slice covers the corpus.
        _slice ??= _store.Command("INSERT INTO slices (pair_id, annotator) VALUES ($pair, $annotator)", ("$pair", 0L), ("$annotator", ""));
        _slice.Parameters["$pair"].Value = pair.Value;
        _slice.Parameters["$annotator"].Value = annotator;
        _slice.ExecuteNonQuery();
    }

    public void SetOverlap(int decisionsPerPair)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decisionsPerPair, 1);
        RequireOpen();
        _store.WriteOverlap(decisionsPerPair);
    }

    public void SavePosition(string annotator, PairId pair)
    {
        RequireOpen();
        _store.RememberPosition(annotator, pair);
    }

    public void Commit()
    {
        RequireOpen();
        RequireBatchCommitted();
        _transaction.Commit();
        Finish();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _batch?.Dispose();
            _transaction.Rollback();
            Finish();
        }
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
        _slice?.Dispose();
        _transaction.Dispose();
        _store.EndTransaction();
        _store.Scalar("PRAGMA cache_size = -2000");
        _store.ReturnFromImportJournal(_leftWal);
    }
}
