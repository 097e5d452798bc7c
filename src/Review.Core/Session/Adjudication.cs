using Review.Core.Agreement;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// An adjudicator's walk over the pairs whose annotators disagree (<see cref="PairDecisions.Disagree"/>),
/// found once when it opens with one pass over the history. Stepping goes through those pairs only;
/// after a decision it goes on to the next one not adjudicated yet. A decision here is recorded
/// as the pair's final word (<see cref="DecisionRole.Adjudication"/>) under the session's usual
/// conflict rules. Memory holds the disagreeing pairs' positions, not the corpus.
/// </summary>
public sealed class Adjudication
{
    private readonly IReviewStore _store;
    private readonly ReviewSession _session;
    private readonly List<(PairId Id, long Ord)> _pairs;
    private readonly HashSet<PairId> _settled;

    private Adjudication(IReviewStore store, ReviewSession session, List<(PairId, long)> pairs, HashSet<PairId> settled)
    {
        _store = store;
        _session = session;
        _pairs = pairs;
        _settled = settled;
    }

    public static Adjudication Open(IReviewStore store, ReviewSession session)
    {
        var found = CurrentDecisions.ByPair(store.HistoryInCorpusOrder()).Where(p => p.Disagree).ToList();
        var pairs = found.Select(p => (p.Pair, store.GetPair(p.Pair)!.Ord)).ToList();
        var settled = found.Where(p => p.Adjudication is not null).Select(p => p.Pair).ToHashSet();
        return new Adjudication(store, session, pairs, settled);
    }

    /// <summary>How many pairs the annotators disagree on.</summary>
    public int Count => _pairs.Count;

    /// <summary>How many of them carry an adjudication.</summary>
    public int Settled => _settled.Count;

    /// <summary>A pair with every annotator's current decision, read now.</summary>
    /// <remarks>
    /// The adjudicator rules on the pair's effective decision, also under overlap, where a session
    /// otherwise shows each annotator only their own.
    /// </remarks>
    public ShownPair Load(Pair pair) => _session.Load(pair) with
    {
        Effective = _store.EffectiveDecision(pair.Id),
        Team = CurrentDecisions.Of(pair.Id, _store.History(pair.Id)),
    };

    public NavigationOutcome Navigate(Navigation to)
    {
        if (_pairs.Count == 0)
        {
            return new NavigationOutcome(null, "the annotators agree on every pair they share: nothing to adjudicate");
        }
        var (ord, message) = to.Kind switch
        {
            NavigationKind.Reload => (to.FromOrd, null),
            NavigationKind.Previous => Step(to.FromOrd, forward: false, open: false, "this is the first disagreement"),
            NavigationKind.Next => Step(to.FromOrd, forward: true, open: false, "this is the last disagreement"),
            NavigationKind.Goto => Goto(to.Text ?? ""),
            NavigationKind.Search => (null, "search is for review; while adjudicating, → and ← step through the disagreements and g goes to one"),
            NavigationKind.AfterDecision or NavigationKind.NextPending => FirstOpen(to.FromOrd),
            NavigationKind.Resume => Opening(),
            _ => FirstOpen(0),
        };
        // After the last one is decided, stay on it to show its new status, as a review does.
        var pair = ord is long found ? _store.FindByOrd(found)
            : to.Kind == NavigationKind.AfterDecision ? _store.FindByOrd(to.FromOrd) : null;
        return new NavigationOutcome(pair is null ? null : Load(pair), message);
    }

    /// <summary>Records the adjudicator's decision as the pair's final one, if the pair is still as they saw it.</summary>
    public DecisionOutcome Decide(PairId pair, DecisionKind kind, string? finalTarget, string? note, long? expectedDecisionId)
    {
        if (_store.ClaimedBy(pair) is { } other && other != _session.Annotator)
        {
            return Refused(pair, $"{other} is reviewing this pair: your decision was not saved");
        }
        var before = _store.StatusOf(pair);
        if (_store.Adjudicate(pair, expectedDecisionId, kind, finalTarget, _session.Annotator, note) is null)
        {
            return Refused(pair, "an annotator changed this pair meanwhile: reloaded, your decision was not saved");
        }
        _settled.Add(pair);
        return DecisionOutcome.Committed(new StatusChange(pair, before, StatusRules.After(kind)));
    }

    /// <summary>Undoes the adjudicator's latest decision still in effect, and shows the pair with its decisions again.</summary>
    public UndoOutcome? Undo()
    {
        if (_session.Undo() is not { } undo)
        {
            return null;
        }
        var pair = _store.GetPair(undo.Change.Pair);
        if (pair is not null && CurrentDecisions.Of(pair.Id, _store.History(pair.Id)).Adjudication is null)
        {
            _settled.Remove(pair.Id);
        }
        return undo with { Shown = pair is null ? null : Load(pair) };
    }

    private (long?, string?) Step(long fromOrd, bool forward, bool open, string end)
    {
        var candidates = forward ? _pairs.Where(p => p.Ord > fromOrd) : _pairs.Where(p => p.Ord < fromOrd).Reverse();
        var next = candidates.Where(p => !open || !_settled.Contains(p.Id)).Select(p => (long?)p.Ord).FirstOrDefault();
        return next is null ? (null, end) : (next, null);
    }

    /// <summary>The first disagreement not adjudicated yet after <paramref name="fromOrd"/>, wrapping round once.</summary>
    private (long?, string?) FirstOpen(long fromOrd)
    {
        var (after, _) = Step(fromOrd, forward: true, open: true, "");
        if (after is not null)
        {
            return (after, null);
        }
        var (first, _) = Step(0, forward: true, open: true, "");
        if (first is not null)
        {
            return (first, null);
        }
        var done = $"all {_pairs.Count} disagreements are adjudicated";
        return fromOrd > 0 ? (null, done) : (_pairs[0].Ord, done);
    }

    /// <summary>Where the walk opens, with how much there is to do.</summary>
    private (long?, string?) Opening()
    {
        var (first, done) = FirstOpen(0);
        return (first, done ?? $"{_pairs.Count} disagreements, {_settled.Count} adjudicated");
    }

    private (long?, string?) Goto(string text)
    {
        var pair = _store.FindByExternalId(text) ?? (long.TryParse(text, out var ord) ? _store.FindByOrd(ord) : null);
        return pair is not null && _pairs.Exists(p => p.Id == pair.Id)
            ? (pair.Ord, null)
            : (null, $"'{text}' is not among the {_pairs.Count} disagreements");
    }

    private DecisionOutcome Refused(PairId pair, string message) =>
        DecisionOutcome.Refused(message, _store.GetPair(pair) is { } current ? Load(current) : null);
}
