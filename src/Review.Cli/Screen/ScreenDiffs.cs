using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The diff of the shown target against its suggestion, for Update (hunks) and the view alike.
/// A diff is a pure function of the two texts and the granularity; the cache only remembers
/// results, so redrawing or stepping through hunks never diffs again. It lives here, outside the
/// view, shared by every screen in the process (it is bounded and thread-safe).
/// </summary>
public static class ScreenDiffs
{
    private static readonly DiffCache Cache = new(new TextDiff());

    /// <summary>Null when there is nothing to diff: diff off, no suggestion, or the target already equals it.</summary>
    public static TextDiffResult? Of(ReviewState state)
    {
        if (state.Hunks is { } steps)
        {
            return steps.Diff;
        }
        return state.DiffOn ? Against(state) : null;
    }

    /// <summary>The working target against the suggestion, whether the diff is on or not; null without a difference.</summary>
    public static TextDiffResult? Against(ReviewState state)
    {
        var suggestion = state.Shown?.Suggestion;
        var working = state.WorkingTarget;
        return suggestion is not null && suggestion != working
            ? Cache.Get(state.Shown!.Pair.Id, working, suggestion, state.Granularity)
            : null;
    }
}
