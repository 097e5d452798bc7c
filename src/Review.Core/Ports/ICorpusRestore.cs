using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// A whole corpus going into an empty store in one transaction (<c>review migrate</c>): every
/// import record with its pairs and their histories, then what a team adds on top (changes of
/// alignment, slices, the overlap, resume positions). Nothing is visible until <see cref="Commit"/>,
/// and disposing the restore uncommitted leaves the store exactly as it was.
/// </summary>
public interface ICorpusRestore : IDisposable
{
    /// <summary>
    /// The next import record, as <paramref name="import"/> describes it (its file, hash, format,
    /// languages and time): pairs and histories go in through the batch, as an import's do, but its
    /// <see cref="IImportBatch.Commit"/> only closes the record, inside this restore's transaction.
    /// Unlike an import's, the batch's <see cref="IImportBatch.AddHistory"/> keeps the decisions'
    /// numbers (the store was empty): undo takes back an annotator's latest decision in that order,
    /// across pairs, so the copy must keep it. The previous batch must be committed first.
    /// </summary>
    IImportBatch BeginImport(ImportInfo import);

    /// <summary>Records a change of alignment whose realign decisions and pairs are already restored (the edit names the copies' ids).</summary>
    void AddAlignmentEdit(AlignmentEdit edit);

    /// <summary>Keeps the pair's texts from before the first change of alignment touched it.</summary>
    void KeepOriginalAlignment(PairId pair, AlignedTexts original);

    /// <summary>Puts the pair in the annotator's slice, as <see cref="IWorkQueue.Assign"/> left it.</summary>
    void AddToSlice(PairId pair, string annotator);

    /// <summary>Sets the overlap the restored decisions were made under.</summary>
    void SetOverlap(int decisionsPerPair);

    void SavePosition(string annotator, PairId pair);

    /// <summary>Makes everything durable at once; every import batch must be committed before.</summary>
    void Commit();
}
