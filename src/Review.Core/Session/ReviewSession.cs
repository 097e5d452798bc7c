using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// One annotator's review session over a store: the rules a user could notice live here once.
/// Deciding and its conflict rules, undo, navigation and the queue, claims and their renewal, the
/// counts for the status line, and re-running the checks after an edit. It answers with domain
/// results; the screen turns them into what it shows. Every write is committed by the store
/// before a method returns; <see cref="StoreBusyException"/> escapes to the caller, which retries.
/// </summary>
public sealed class ReviewSession
{
    /// <summary>How many pairs one keystroke may look at for a filter before it stops and says so.</summary>
    public const int ScanLimit = PairNavigator.ScanLimit;

    private readonly IReviewStore _store;
    private readonly PairNavigator _navigator;
    private readonly FindingRefresh _findings;
    private readonly PairKeeping _keeping;
    private readonly FilterPlaces _places;
    private readonly AlignmentEditor _alignment;

    public ReviewSession(IReviewStore store, string annotator, TimeSpan lease, TimeProvider clock,
        QueueOrder order = QueueOrder.Corpus, CheckConfig? checks = null)
    {
        _store = store;
        Annotator = annotator;
        _navigator = new PairNavigator(store, annotator, order, lease);
        _findings = new FindingRefresh(store, checks);
        _keeping = new PairKeeping(store, annotator, lease, clock);
        _places = new FilterPlaces(store, _navigator.Matches);
        Overlap = store.Overlap();
        _alignment = new AlignmentEditor(store, annotator, Overlap, _findings, Load);
    }

    /// <summary>How many annotators must decide each pair (the store's setting, read when the session starts).</summary>
    public int Overlap { get; }

    public string Annotator { get; }

    /// <summary>Where the store is, for messages.</summary>
    public string Location => _store.Location;

    /// <summary>
    /// Reads a pair and whoever else holds it. Nothing is written here: the claim is taken after
    /// the pair is shown (<see cref="ClaimIfNew"/>) and the resume position when idle, so moving to
    /// a pair costs no commit before it is drawn.
    /// </summary>
    public ShownPair Load(Pair pair)
    {
        var effective = Overlap > 1 ? _store.OwnDecision(pair.Id, Annotator) : _store.EffectiveDecision(pair.Id);
        return new(pair, _store.StatusOf(pair.Id), effective, _store.Findings(pair.Id), _keeping.OtherClaimant(pair.Id))
        {
            Guesses = RepairJson.ParseGuesses(pair.RepairJson),
            Overlap = Overlap,
            DecisionCount = Overlap > 1 ? _store.DecisionCount(pair.Id) : 0,
        };
    }

    /// <summary>
    /// The shown pair's status and holder as the store says now, the corpus counts with everyone's
    /// work, and how many colleagues hold a lease: a few small reads, made every few seconds.
    /// </summary>
    public LiveView Live(ShownPair? shown)
    {
        var current = shown is null ? null : shown with
        {
            Status = _store.StatusOf(shown.Pair.Id),
            ClaimedBy = _keeping.OtherClaimant(shown.Pair.Id),
            DecisionCount = Overlap > 1 ? _store.DecisionCount(shown.Pair.Id) : 0,
        };
        return new LiveView(Counts(), current, _store.Colleagues(Annotator));
    }

    /// <summary>
    /// Records the annotator's decision on a pair they saw with <paramref name="expectedDecisionId"/>
    /// as its effective decision. Refused, recording nothing, when another annotator holds the pair
    /// or changed it meanwhile; the check is made again inside the write, so no other process can
    /// slip in between. A decision that changes the text (or replaces one that did) re-runs the checks.
    /// </summary>
    public DecisionOutcome Decide(PairId pair, DecisionKind kind, string? finalTarget, string? note, long? expectedDecisionId, string? hunks = null)
    {
        if (_store.ClaimedBy(pair) is { } other && other != Annotator)
        {
            return Refused(pair, $"{other} is reviewing this pair: your decision was not saved");
        }
        if (Overlap > 1)
        {
            return DecideOwn(pair, kind, finalTarget, note, expectedDecisionId, hunks);
        }
        var before = _store.EffectiveDecision(pair);
        if (before?.Id != expectedDecisionId)
        {
            var who = before?.Annotator ?? "someone";
            return Refused(pair, $"{who} changed this pair meanwhile: reloaded, your decision was not saved");
        }
        if (before is not null && before.Annotator == Annotator && before.Kind == kind
            && before.FinalTarget == finalTarget && (note is null || note == before.Note))
        {
            // The same key again (on the last pair, a stay): the decision in force already says this.
            return DecisionOutcome.AlreadyRecorded("already saved as this annotator's decision; nothing new recorded");
        }
        var beforeStatus = _store.StatusOf(pair);
        // The checks above give the friendly message; this one, made in the write transaction, closes the race with other processes.
        if (_store.DecideIfCurrent(pair, expectedDecisionId, kind, finalTarget, Annotator, note, hunks) is null)
        {
            return Refused(pair, WhyRefusedNow(pair));
        }
        if (ChangesText(kind) || before is not null && ChangesText(before.Kind))
        {
            _findings.Refresh(pair);
        }
        return DecisionOutcome.Committed(new StatusChange(pair, beforeStatus, StatusRules.After(kind)));
    }

    /// <summary>Cancels the annotator's latest decision still in effect; null when there is none.</summary>
    public UndoOutcome? Undo()
    {
        if (Overlap > 1)
        {
            return UndoOwn();
        }
        if (_store.Undo(Annotator) is not { } undo)
        {
            return null;
        }
        // An undo cancels an effective decision, and an undo never is one.
        var cancelled = _store.History(undo.PairId).FirstOrDefault(d => d.Id == undo.Supersedes);
        var before = cancelled is null ? PairStatus.Pending : StatusRules.After(cancelled.Kind);
        var change = new StatusChange(undo.PairId, before, _store.StatusOf(undo.PairId));
        _findings.Refresh(undo.PairId);
        return new UndoOutcome(change, _store.GetPair(undo.PairId) is { } pair ? Load(pair) : null);
    }

    /// <summary>Merges the pair with the next one: sources joined, targets joined, the next pair left empty.</summary>
    public AlignmentOutcome Merge(PairId pair) => _alignment.Merge(pair);

    /// <summary>Cuts the pair at the two offsets; what follows the cuts goes to the front of the next pair.</summary>
    public AlignmentOutcome Split(PairId pair, int sourceCut, int targetCut) => _alignment.Split(pair, sourceCut, targetCut);

    /// <summary>Moves the pair's target to the next pair (down) or the previous one (up).</summary>
    public AlignmentOutcome ShiftTarget(PairId pair, bool down) => down ? _alignment.ShiftDown(pair) : _alignment.ShiftUp(pair);

    /// <summary>Takes back the annotator's latest change of alignment when it is newer than their latest decision; null otherwise (then <see cref="Undo"/>).</summary>
    public AlignmentOutcome? UndoAlignment() => _alignment.Undo();

    /// <summary>Whether the last navigation showed a pending pair without claiming it (see <see cref="PairNavigator.Peeked"/>).</summary>
    public bool ShownWithoutClaim => _navigator.Peeked;

    public NavigationOutcome Navigate(Navigation to)
    {
        var pair = _navigator.Resolve(to, out var message);
        if (_navigator.Claimed is { } claimed)
        {
            _keeping.Claimed(claimed);
        }
        if (pair is null && to.Kind == NavigationKind.AfterDecision)
        {
            // The last pair was decided: show its new status and say why we stayed.
            pair = _store.FindByOrd(to.FromOrd);
        }
        return new NavigationOutcome(pair is null ? null : Load(pair) with { Place = _places.PlaceOf(pair, to.Filter) }, message);
    }

    /// <summary>Corpus progress from the stored counts (not the history): cheap enough after every decision.</summary>
    public ProgressCounts Counts()
    {
        var counts = _store.StatusCounts();
        var done = counts.Where(c => StatusRules.IsDone(c.Key)).Sum(c => c.Value);
        // A pair a merge emptied is a place in the corpus, not a pair to review.
        var emptied = _store.EmptiedPairs();
        return new ProgressCounts(counts.Values.Sum() - emptied, done, counts[PairStatus.Pending] - emptied, true);
    }

    /// <summary>Claims a pair not claimed yet; returns it changed when the claim says something new about who holds it.</summary>
    public ShownPair? ClaimIfNew(ShownPair? shown) => _keeping.ClaimIfNew(shown);

    /// <summary>Renews the claim on the pair on screen when a third of the lease has passed.</summary>
    public ShownPair? RenewClaim(ShownPair? shown) => _keeping.Renew(shown);

    /// <summary>Remembers the pair on screen as where the annotator resumes.</summary>
    public void SavePosition(ShownPair? shown) => _keeping.SavePosition(shown);

    /// <summary>Lets other annotators have this one's pair at once (on quit).</summary>
    public void ReleaseClaims() => _keeping.Release();

    /// <summary>Under overlap: the annotator's own decision, beside (never over) their colleagues'.</summary>
    private DecisionOutcome DecideOwn(PairId pair, DecisionKind kind, string? finalTarget, string? note, long? expectedDecisionId, string? hunks)
    {
        var own = _store.OwnDecision(pair, Annotator);
        if (own?.Id != expectedDecisionId)
        {
            return Refused(pair, "your own decision on this pair changed in another window: reloaded, not saved");
        }
        if (own is not null && own.Kind == kind && own.FinalTarget == finalTarget && (note is null || note == own.Note))
        {
            return DecisionOutcome.AlreadyRecorded("already saved as this annotator's decision; nothing new recorded");
        }
        var beforeStatus = _store.StatusOf(pair);
        if (_store.DecideOwn(pair, expectedDecisionId, kind, finalTarget, Annotator, note, hunks) is null)
        {
            return Refused(pair, WhyRefusedNow(pair));
        }
        if (ChangesText(kind) || own is not null && ChangesText(own.Kind))
        {
            _findings.Refresh(pair);
        }
        return DecisionOutcome.Committed(new StatusChange(pair, beforeStatus, _store.StatusOf(pair)));
    }

    private UndoOutcome? UndoOwn()
    {
        if (_store.UndoOwn(Annotator) is not { } undo)
        {
            return null;
        }
        var history = _store.History(undo.PairId);
        var before = DecisionsInForce.PairState(DecisionsInForce.ByAnnotator(history.Where(d => d.Id != undo.Id)), Overlap).Status;
        var change = new StatusChange(undo.PairId, before, _store.StatusOf(undo.PairId));
        _findings.Refresh(undo.PairId);
        return new UndoOutcome(change, _store.GetPair(undo.PairId) is { } pair ? Load(pair) : null);
    }

    /// <summary>A refused write, explained by what the store says now (read after the refusal, not before).</summary>
    private string WhyRefusedNow(PairId pair)
    {
        if (_store.ClaimedBy(pair) is { } holder && holder != Annotator)
        {
            return $"{holder} is reviewing this pair: your decision was not saved";
        }
        if (Overlap > 1 && _store.OwnDecision(pair, Annotator) is null && _store.DecisionCount(pair) >= Overlap)
        {
            return $"this pair already has its {Overlap} decisions: yours was not saved";
        }
        var who = (Overlap > 1 ? _store.OwnDecision(pair, Annotator) : _store.EffectiveDecision(pair))?.Annotator ?? "another annotator";
        return $"{who} changed this pair meanwhile: reloaded, your decision was not saved";
    }

    private DecisionOutcome Refused(PairId pair, string message) =>
        DecisionOutcome.Refused(message, _store.GetPair(pair) is { } current ? Load(current) : null);

    private static bool ChangesText(DecisionKind kind) => kind is DecisionKind.Edit or DecisionKind.TakeSuggestion;
}
