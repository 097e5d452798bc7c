using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>
/// Decisions restored with the pairs they belong to (a <c>--with-decisions</c> JSONL, a LiteDB file,
/// a migration): kept aside with the state they leave the pair in, and written between COPY runs.
/// </summary>
internal sealed partial class PgImportBatch
{
    public Decision AddDecision(PairId pair, DecisionKind kind, string? finalTarget, string annotator, DateTimeOffset at, string? note)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (kind == DecisionKind.Undo)
        {
            throw new ArgumentException("a pair new in this import has nothing to undo", nameof(kind));
        }
        if (kind is DecisionKind.Accept or DecisionKind.TakeSuggestion or DecisionKind.Edit && finalTarget is null)
        {
            throw new ArgumentException($"a restored {PairNames.Of(kind)} needs the text it recorded", nameof(finalTarget));
        }
        RequireOwn(pair);
        var id = _store.Guard("import the file", () => Take(_decisionIds, "decisions"));
        var decision = new Decision(id, pair, kind, finalTarget, annotator, at, note, null);
        _aside.Decisions.Add(decision);
        SetState(pair, StatusRules.After(kind), id, null);
        FlushWhenFull();
        return decision;
    }

    public IReadOnlyList<Decision> AddHistory(PairId pair, IReadOnlyList<Decision> history, long? effective)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        RequireOwn(pair);
        RestoredHistory.Validate(history, effective);
        var stored = new List<Decision>(history.Count);
        var ids = new Dictionary<long, long>();
        Decision? storedEffective = null;
        foreach (var decision in history)
        {
            var id = _partOfRestore ? decision.Id : _store.Guard("import the file", () => Take(_decisionIds, "decisions"));
            var restored = decision with
            {
                Id = id,
                PairId = pair,
                Supersedes = decision.Supersedes is { } old && ids.TryGetValue(old, out var mapped) ? mapped : null,
            };
            ids[decision.Id] = id;
            stored.Add(restored);
            storedEffective = decision.Id == effective ? restored : storedEffective;
        }
        var (status, deciders) = RestoredHistory.StateOf(stored, storedEffective);
        _aside.Decisions.AddRange(stored);
        SetState(pair, status, storedEffective?.Id, deciders);
        FlushWhenFull();
        return stored;
    }
}
