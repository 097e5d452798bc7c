using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Copies a whole corpus from one store to an empty one, whatever their backends, through the ports
/// alone: each import record again as one all-or-nothing import of its pairs (in corpus order, with
/// their repairs and findings), then the whole decision history replayed in the order it was made
/// (undos included, each at its original time on the destination's <see cref="ReplayClock"/>), then
/// each annotator's resume position. Claims are not copied: they are leases of minutes.
/// Ids are the destination's own; what a user sees (the export) comes out byte for byte the same.
/// </summary>
public sealed class CorpusMigration(IReviewStore from, IReviewStore to, ReplayClock toClock)
{
    private const int PageSize = 2048;

    /// <summary>Called after each pair is copied, for a progress display.</summary>
    public Action<long>? Progress { get; init; }

    public MigrationResult Run()
    {
        if (to.PairCount() != 0)
        {
            throw new StoreException($"{to.Location}: already holds pairs; migrate copies into an empty database only");
        }
        var imports = from.Imports().ToDictionary(i => i.Id);
        var ids = new Dictionary<long, PairId>();
        var history = new List<Decision>();
        var annotators = new SortedSet<string>(StringComparer.Ordinal);
        var copiedImports = 0;
        IImportBatch? batch = null;
        long batchImport = -1;
        try
        {
            for (var after = 0L; ;)
            {
                var page = from.Page(after, PageSize);
                foreach (var pair in page)
                {
                    if (pair.ImportId != batchImport)
                    {
                        Commit(batch, imports, batchImport);
                        copiedImports += batch is null ? 0 : 1;
                        var info = imports[pair.ImportId];
                        toClock.Now = info.At;
                        batch = to.BeginImport(info.FileName, info.ContentHash, info.Format, info.SourceLang, info.TargetLang);
                        batchImport = pair.ImportId;
                    }
                    ids[pair.Id.Value] = batch!.Add(NewPairOf(pair));
                    foreach (var decision in from.History(pair.Id))
                    {
                        history.Add(decision);
                        annotators.Add(decision.Annotator);
                    }
                    Progress?.Invoke(ids.Count);
                }
                if (page.Count < PageSize)
                {
                    break;
                }
                after = page[^1].Ord;
            }
            Commit(batch, imports, batchImport);
            copiedImports += batch is null ? 0 : 1;
        }
        finally
        {
            batch?.Dispose();
        }
        Replay(history, ids);
        foreach (var annotator in annotators)
        {
            if (from.LastPosition(annotator) is { } position && ids.TryGetValue(position.Value, out var there))
            {
                to.SavePosition(annotator, there);
            }
        }
        return new MigrationResult(ids.Count, history.Count, copiedImports);
    }

    private NewPair NewPairOf(Pair pair)
    {
        // Stored: the repaired target, and the original as it came in; the batch takes them the other way round.
        var record = new PairRecord(pair.Ord, pair.ExternalId, pair.Source, pair.OriginalTarget ?? pair.Target, pair.Suggestion, pair.MetadataJson);
        var findings = from.Findings(pair.Id);
        return new NewPair(record, pair.OriginalTarget is null ? null : pair.Target, pair.RepairJson, findings.Count == 0 ? null : findings);
    }

    private static void Commit(IImportBatch? batch, Dictionary<long, ImportInfo> imports, long importId)
    {
        if (batch is not null)
        {
            batch.Commit(imports[importId].ContentHash);
            batch.Dispose();
        }
    }

    /// <summary>
    /// Makes every decision again in the order it was first made: each one supersedes whatever was in
    /// effect on its pair, and each undo cancels its annotator's latest decision still in effect, so
    /// the same sequence gives the same history and the same statuses.
    /// </summary>
    private void Replay(List<Decision> history, Dictionary<long, PairId> ids)
    {
        history.Sort((a, b) => a.Id.CompareTo(b.Id));
        foreach (var decision in history)
        {
            toClock.Now = decision.At;
            var pair = ids[decision.PairId.Value];
            if (decision.Kind == DecisionKind.Undo)
            {
                _ = to.Undo(decision.Annotator) ?? throw new InvalidOperationException($"decision {decision.Id}: the undo found nothing to undo in the copy");
                continue;
            }
            var current = to.EffectiveDecision(pair)?.Id;
            _ = to.DecideIfCurrent(pair, current, decision.Kind, decision.FinalTarget, decision.Annotator, decision.Note, decision.Hunks)
                ?? throw new InvalidOperationException($"decision {decision.Id}: the copy refused it");
        }
    }
}
