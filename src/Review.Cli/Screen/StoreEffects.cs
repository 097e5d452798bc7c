using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Core.Storage;

namespace Review.Cli.Screen;

/// <summary>
/// Runs the effects that touch the database. Each decision is committed by the store before this
/// returns, so the pair after it is only loaded once COMMIT has returned. StoreBusyException
/// escapes to the loop, which shows "NOT SAVED" and retries.
/// </summary>
internal sealed class StoreEffects(ReviewStore store, string annotator, TimeSpan lease, QueueOrder order = QueueOrder.Corpus, CheckConfig? checks = null)
{
    private readonly PairNavigator navigator = new(store, annotator, order);
    private readonly FindingRefresh findings = new(store, checks);

    public TimeSpan Lease => lease;

    public string Path => store.Path;

    public EffectOutcome Run(ReviewEffect effect) => effect switch
    {
        DecideEffect decide => Decide(decide),
        UndoEffect => Undo(),
        NavigateEffect navigate => Navigate(navigate.To),
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, "not a store effect"),
    };

    /// <summary>
    /// Reads a pair and whoever else holds it. Nothing is written here: the claim is taken just
    /// after the frame (<see cref="Claim"/>) and the resume position when idle, so that moving to a
    /// pair costs no fsync before it is drawn.
    /// </summary>
    public ShownPair Load(Pair pair) =>
        new(pair, store.StatusOf(pair.Id), store.EffectiveDecision(pair.Id), store.Findings(pair.Id), OtherClaimant(pair.Id))
        {
            Guesses = RepairJson.ParseGuesses(pair.RepairJson),
        };

    /// <summary>Claims the pair on screen; returns it changed when the claim says something new about who holds it.</summary>
    public ShownPair? Claim(ShownPair shown)
    {
        var holder = store.TryClaim(shown.Pair.Id, annotator, lease) ? null : OtherClaimant(shown.Pair.Id) ?? "another annotator";
        return holder == shown.ClaimedBy ? null : shown with { ClaimedBy = holder };
    }

    public void SavePosition(PairId pair) => store.SavePosition(annotator, pair);

    /// <summary>Lets other annotators have this one's pair at once.</summary>
    public void ReleaseClaims() => store.ReleaseClaims(annotator);

    public ProgressCounts Counts()
    {
        // Stored counts, not Stats(): this runs after every decision, and Stats() walks the history.
        var counts = store.StatusCounts();
        var done = counts[PairStatus.Accepted] + counts[PairStatus.Fixed] + counts[PairStatus.Edited] + counts[PairStatus.Rejected];
        return new ProgressCounts(store.PairCount(), done, counts[PairStatus.Pending], true);
    }

    private EffectOutcome Decide(DecideEffect decide)
    {
        if (store.ClaimedBy(decide.Pair) is { } other && other != annotator)
        {
            return Conflict(decide.Pair, $"{other} is reviewing this pair: your decision was not saved");
        }
        var before = store.EffectiveDecision(decide.Pair);
        if (before?.Id != decide.ExpectedDecisionId)
        {
            var who = before?.Annotator ?? "someone";
            return Conflict(decide.Pair, $"{who} changed this pair meanwhile: reloaded, your decision was not saved");
        }
        if (before is not null && before.Annotator == annotator && before.Kind == decide.Kind
            && before.FinalTarget == decide.FinalTarget && (decide.Note is null || decide.Note == before.Note))
        {
            // The same key again (on the last pair, a stay): the decision in force already says this.
            return EffectOutcome.Then(new Notice("already saved as this annotator's decision; nothing new recorded"));
        }
        var beforeStatus = store.StatusOf(decide.Pair);
        // The checks above give the friendly message; this one, made in the write transaction, closes the race with other processes.
        if (store.DecideIfCurrent(decide.Pair, decide.ExpectedDecisionId, decide.Kind, decide.FinalTarget, annotator, decide.Note) is null)
        {
            return Conflict(decide.Pair, "another annotator changed this pair meanwhile: reloaded, your decision was not saved");
        }
        if (ChangesText(decide.Kind) || before is not null && ChangesText(before.Kind))
        {
            findings.Refresh(decide.Pair);
        }
        return EffectOutcome.Then(new DecisionCommitted(decide.Pair, beforeStatus, StatusAfter(decide.Kind), IsUndo: false));
    }

    private EffectOutcome Undo()
    {
        if (store.Undo(annotator) is not { } undo)
        {
            return EffectOutcome.Stop(new Notice("nothing to undo"));
        }
        var cancelled = store.History(undo.PairId).FirstOrDefault(d => d.Id == undo.Supersedes);
        var before = cancelled is null ? PairStatus.Pending : StatusAfter(cancelled.Kind);
        var committed = new DecisionCommitted(undo.PairId, before, store.StatusOf(undo.PairId), IsUndo: true);
        findings.Refresh(undo.PairId);
        var pair = store.GetPair(undo.PairId);
        return pair is null ? EffectOutcome.Then(committed) : EffectOutcome.Then(committed, new PairShown(Load(pair)));
    }

    private EffectOutcome Navigate(Navigation to)
    {
        var pair = navigator.Resolve(to, out var message);
        if (pair is null && to.Kind == NavigationKind.AfterDecision)
        {
            // The last pair was decided: show its new status and say why we stayed.
            pair = store.FindByOrd(to.FromOrd);
        }
        var actions = new List<ReviewAction>();
        if (pair is not null)
        {
            actions.Add(new PairShown(Load(pair)));
        }
        if (message is not null)
        {
            actions.Add(new Notice(message));
        }
        return new EffectOutcome(actions, true);
    }

    private EffectOutcome Conflict(PairId pair, string message)
    {
        var shown = store.GetPair(pair) is { } current ? new PairShown(Load(current)) : null;
        ReviewAction[] actions = shown is null ? [new ConflictDetected(message)] : [shown, new ConflictDetected(message)];
        return EffectOutcome.Stop(actions);
    }

    private string? OtherClaimant(PairId pair) => store.ClaimedBy(pair) is { } holder && holder != annotator ? holder : null;

    private static bool ChangesText(DecisionKind kind) => kind is DecisionKind.Edit or DecisionKind.TakeSuggestion;

    private static PairStatus StatusAfter(DecisionKind kind) => kind switch
    {
        DecisionKind.Accept => PairStatus.Accepted,
        DecisionKind.TakeSuggestion => PairStatus.Fixed,
        DecisionKind.Edit => PairStatus.Edited,
        DecisionKind.Reject => PairStatus.Rejected,
        DecisionKind.Skip => PairStatus.Skipped,
        _ => PairStatus.Pending,
    };
}
