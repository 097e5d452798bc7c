using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// A pair's history from review's own export, ready to restore: which of its decisions is the
/// exported one (the status's kind, by the exported annotator at the exported time, that no undo
/// cancelled; the latest if several), with the exported note. A history without it (a file edited
/// by hand) gets the exported decision appended, so the pair still comes back as it was exported.
/// </summary>
internal static class ExportedHistory
{
    public static (IReadOnlyList<Decision> History, long? Effective) Complete(ExportedState state, IReadOnlyList<Decision> history)
    {
        if (state.Kind is not { } kind)
        {
            return (history, null);
        }
        var undone = history.Where(d => d.Kind == DecisionKind.Undo && d.Supersedes is not null).Select(d => d.Supersedes!.Value).ToHashSet();
        var index = -1;
        for (var i = 0; i < history.Count; i++)
        {
            var d = history[i];
            if (d.Kind == kind && d.Annotator == state.Annotator && d.At == state.DecidedAt && !undone.Contains(d.Id))
            {
                index = i;
            }
        }
        var complete = history.ToList();
        if (index < 0)
        {
            var id = history.Count == 0 ? 1 : history.Max(d => d.Id) + 1;
            complete.Add(new Decision(id, default, kind, state.FinalTarget, state.Annotator!, state.DecidedAt!.Value, state.Note, null));
            return (complete, id);
        }
        complete[index] = complete[index] with { Note = state.Note };
        return (complete, complete[index].Id);
    }

    /// <summary>
    /// Every annotator's current decision of a JSONL export with decisions, as a history to restore:
    /// in time order, and the exported decision last among them, so that it is the latest one, as it
    /// was (the overlap rules take the latest decision in force as the pair's).
    /// </summary>
    public static IReadOnlyList<Decision> FromCurrent(ExportedState state, IReadOnlyList<Decision> current)
    {
        var ordered = current.OrderBy(d => d.At)
            .ThenBy(d => d.Kind == state.Kind && d.Annotator == state.Annotator && d.At == state.DecidedAt ? 1 : 0)
            .ToList();
        return ordered.Select((d, i) => d with { Id = i + 1 }).ToList();
    }
}
