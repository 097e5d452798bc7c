using Review.Core.Pairs;

namespace Review.Core.Agreement;

/// <summary>
/// The one statement of which decision is an annotator's current one on a pair: their latest
/// decision in that role that no undo has cancelled. An undo supersedes the decision it cancels
/// (see IDecisionLog.Undo), so the history alone says it, on any backend.
/// </summary>
public static class CurrentDecisions
{
    /// <summary>The current decisions of one pair, from its whole history, oldest first.</summary>
    public static PairDecisions Of(PairId pair, IEnumerable<Decision> history)
    {
        var undone = new HashSet<long>();
        var all = new List<Decision>();
        foreach (var decision in history)
        {
            if (decision.Kind == DecisionKind.Undo)
            {
                if (decision.Supersedes is long cancelled)
                {
                    undone.Add(cancelled);
                }
                continue;
            }
            // A change of alignment is history, never anyone's judgement of the pair.
            if (decision.Kind != DecisionKind.Realign)
            {
                all.Add(decision);
            }
        }
        var latest = new Dictionary<(string, DecisionRole), Decision>();
        foreach (var decision in all.Where(d => !undone.Contains(d.Id)))
        {
            latest[(decision.Annotator, decision.Role)] = decision;
        }
        var annotations = latest.Values.Where(d => d.Role == DecisionRole.Annotation)
            .OrderBy(d => d.Annotator, StringComparer.Ordinal).ToList();
        var adjudication = latest.Values.Where(d => d.Role == DecisionRole.Adjudication).MaxBy(d => d.Id);
        return new PairDecisions(pair, annotations, adjudication);
    }

    /// <summary>
    /// Groups a history streamed pair by pair (ITeamDecisions.HistoryInCorpusOrder)
    /// into each pair's current decisions, holding one pair's history at a time.
    /// </summary>
    public static IEnumerable<PairDecisions> ByPair(IEnumerable<Decision> historyInCorpusOrder)
    {
        var pending = new List<Decision>();
        foreach (var decision in historyInCorpusOrder)
        {
            if (pending.Count > 0 && pending[0].PairId != decision.PairId)
            {
                yield return Of(pending[0].PairId, pending);
                pending = [];
            }
            pending.Add(decision);
        }
        if (pending.Count > 0)
        {
            yield return Of(pending[0].PairId, pending);
        }
    }
}
