using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Copies a whole corpus from one store to an empty one, whatever their backends, through the ports
/// alone and in one transaction on the destination (<see cref="ICorpusRestore"/>): each import record
/// with its pairs in corpus order, a page at a time (their repairs and findings), each pair's whole history restored
/// with it in bulk (<see cref="IImportBatch.AddHistory"/>: roles, hunks, notes and times as they
/// were, the same decision in force), then the changes of alignment with the pairs' original texts,
/// the slices, the overlap and every resume position. Claims are not copied: they are leases of
/// minutes. Decisions keep their numbers (an undo takes back an annotator's latest decision by that
/// order, across pairs); pair ids are the destination's own. What a user sees (the export,
/// agreement, stats) comes out the same.
/// The source's history and team state are read first and held in memory (a few hundred bytes per
/// decision), since a store streams one query at a time and the pairs are read page by page after them.
/// </summary>
public sealed class CorpusMigration(IReviewStore from, IReviewStore to)
{
    private const int PageSize = 2048;

    /// <summary>Called after each pair is copied, for a progress display.</summary>
    public Action<long>? Progress { get; init; }

    public MigrationResult Run()
    {
        var histories = new Dictionary<long, List<Decision>>();
        foreach (var decision in from.HistoryInCorpusOrder())
        {
            if (!histories.TryGetValue(decision.PairId.Value, out var history))
            {
                histories[decision.PairId.Value] = history = [];
            }
            history.Add(decision);
        }
        var states = new Dictionary<long, StoredPairState>();
        foreach (var state in from.PairStatesInCorpusOrder())
        {
            states[state.Pair.Value] = state;
        }
        var imports = from.Imports().ToDictionary(i => i.Id);
        using var restore = to.BeginRestore();
        var copy = new Copy(from, restore, histories, states);
        var copiedImports = 0;
        IImportBatch? batch = null;
        long batchImport = -1;
        try
        {
            for (var after = 0L; ;)
            {
                var page = from.Page(after, PageSize);
                var findings = from.Findings(page.Select(p => p.Id).ToList());
                foreach (var pair in page)
                {
                    if (pair.ImportId != batchImport)
                    {
                        CommitImport(batch, imports, batchImport);
                        copiedImports += batch is null ? 0 : 1;
                        batch?.Dispose();
                        batch = restore.BeginImport(imports[pair.ImportId]);
                        batchImport = pair.ImportId;
                    }
                    copy.Add(batch!, pair, findings.GetValueOrDefault(pair.Id));
                    Progress?.Invoke(copy.Pairs);
                }
                if (page.Count < PageSize)
                {
                    break;
                }
                after = page[^1].Ord;
            }
            CommitImport(batch, imports, batchImport);
            copiedImports += batch is null ? 0 : 1;
        }
        finally
        {
            batch?.Dispose();
        }
        copy.AddTeamState(from.Overlap(), from.Positions());
        restore.Commit();
        return new MigrationResult(copy.Pairs, copy.Decisions, copiedImports);
    }

    private static void CommitImport(IImportBatch? batch, Dictionary<long, ImportInfo> imports, long importId) =>
        batch?.Commit(imports[importId].ContentHash);

    /// <summary>What one migration has copied so far, and the source's pair ids mapped to the destination's.</summary>
    private sealed class Copy(IReviewStore from, ICorpusRestore restore, Dictionary<long, List<Decision>> histories,
        Dictionary<long, StoredPairState> states)
    {
        private readonly Dictionary<long, PairId> _pairs = [];
        private readonly List<PairId> _realigned = [];

        public long Pairs => _pairs.Count;

        public long Decisions { get; private set; }

        public void Add(IImportBatch batch, Pair pair, IReadOnlyList<Finding>? findings)
        {
            var copied = batch.Add(NewPairOf(pair, findings));
            _pairs[pair.Id.Value] = copied;
            if (!histories.Remove(pair.Id.Value, out var history))
            {
                return;
            }
            var effective = states.GetValueOrDefault(pair.Id.Value)?.EffectiveDecision;
            try
            {
                Decisions += batch.AddHistory(copied, history, effective).Count;
            }
            catch (ArgumentException e)
            {
                // A history no store could hold as it is (a damaged source): the copy stops, and rolls back.
                throw new StoreException($"{from.Location}: pair {pair.Ord}: its history cannot be copied: {e.Message.Split(" (Parameter")[0]}", e);
            }
            if (history.Any(d => d.Kind == DecisionKind.Realign))
            {
                _realigned.Add(pair.Id);
            }
        }

        /// <summary>The changes of alignment and original texts of the realigned pairs, the slices, the overlap and the positions.</summary>
        public void AddTeamState(int overlap, IReadOnlyDictionary<string, PairId> positions)
        {
            var edits = new SortedDictionary<long, AlignmentEdit>();
            foreach (var pair in _realigned)
            {
                foreach (var edit in from.AlignmentEdits(pair))
                {
                    edits.TryAdd(edit.FirstDecisionId, edit);
                }
                if (from.OriginalAlignment(pair) is { } original)
                {
                    restore.KeepOriginalAlignment(_pairs[pair.Value], original);
                }
            }
            foreach (var edit in edits.Values)
            {
                restore.AddAlignmentEdit(edit with
                {
                    Change = edit.Change with { First = _pairs[edit.Change.First.Value], Second = _pairs[edit.Change.Second.Value] },
                });
            }
            foreach (var state in states.Values)
            {
                if (state.SliceOwner is { } owner)
                {
                    restore.AddToSlice(_pairs[state.Pair.Value], owner);
                }
            }
            if (overlap != 1)
            {
                restore.SetOverlap(overlap);
            }
            foreach (var (annotator, pair) in positions)
            {
                restore.SavePosition(annotator, _pairs[pair.Value]);
            }
        }

        private static NewPair NewPairOf(Pair pair, IReadOnlyList<Finding>? findings)
        {
            // Stored: the repaired target, and the original as it came in; the batch takes them the other way round.
            var record = new PairRecord(pair.Ord, pair.ExternalId, pair.Source, pair.OriginalTarget ?? pair.Target, pair.Suggestion, pair.MetadataJson);
            return new NewPair(record, pair.OriginalTarget is null ? null : pair.Target, pair.RepairJson, findings);
        }
    }
}
