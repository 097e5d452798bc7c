using System.Globalization;
using Review.Core.Agreement;
using Review.Core.Pairs;
using Review.Core.Text;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// The adjudication panes: the first annotator's decision, and every other annotator's below one
/// another, each text diffed against the first one's with the screen's diff, as the target and
/// suggestion panes are: what the others left out is struck through on the first, what they put
/// in is underlined on theirs.
/// </summary>
internal static class DecisionPanes
{
    // Its own cache: these diffs are between two annotators' texts, not a target and its suggestion.
    private static readonly DiffCache Cache = new(new TextDiff());

    public static void Add(Dictionary<Pane, PaneContent> panes, ReviewState state, PairDecisions team, Theme theme)
    {
        if (team.Annotations.Count == 0)
        {
            return;
        }
        var first = team.Annotations[0];
        var others = team.Annotations.Skip(1).ToList();
        var removed = others.Select(o => Diff(team.Pair, first, o, state.Granularity)).FirstOrDefault(d => d is not null);
        panes[Pane.FirstDecision] = new PaneContent(Title(first, null), Text(first, removed, keep: DiffOperation.Deleted, theme));
        if (others.Count == 0)
        {
            return;
        }
        var spans = new List<StyledSpan>();
        foreach (var other in others)
        {
            if (spans.Count > 0)
            {
                spans.Add(new StyledSpan("\n\n", theme.Body));
            }
            if (others.Count > 1)
            {
                spans.Add(new StyledSpan(Title(other, first) + "\n", theme.Title));
            }
            spans.AddRange(Text(other, Diff(team.Pair, first, other, state.Granularity), keep: DiffOperation.Inserted, theme));
        }
        var title = others.Count == 1 ? Title(others[0], first) : $"{others.Count} more annotators · diff against {first.Annotator}";
        panes[Pane.OtherDecisions] = new PaneContent(title, PaneBudget.Cap(spans, theme.Dim));
    }

    private static string Title(Decision decision, Decision? against)
    {
        var title = $"{decision.Annotator} · {PairNames.Of(decision.Kind)} · {decision.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";
        return against is null || decision.FinalTarget is null || against.FinalTarget is null || decision.FinalTarget == against.FinalTarget
            ? title
            : title + $" · vs {against.Annotator}";
    }

    /// <summary>The decided text, with the diff's pieces of one side (<paramref name="keep"/>) marked; a decision without text says so.</summary>
    private static IReadOnlyList<StyledSpan> Text(Decision decision, TextDiffResult? diff, DiffOperation keep, Theme theme)
    {
        if (decision.FinalTarget is not { } text)
        {
            return [new StyledSpan(decision.Kind == DecisionKind.Reject ? "(rejected: no text)" : "(skipped: no text)", theme.Dim)];
        }
        if (diff is null)
        {
            return PaneBudget.Cap([new StyledSpan(text, theme.Body)], theme.Dim);
        }
        var drop = keep == DiffOperation.Deleted ? DiffOperation.Inserted : DiffOperation.Deleted;
        return PaneBudget.Cap(diff.Segments
            .Where(s => s.Operation != drop)
            .Select(s => s.Operation == DiffOperation.Equal
                ? new StyledSpan(s.Text, theme.Body)
                : new StyledSpan(VisibleSpace.Of(s.Text), keep == DiffOperation.Deleted ? theme.Removed : theme.Added))
            .ToList(), theme.Dim);
    }

    private static TextDiffResult? Diff(PairId pair, Decision first, Decision other, DiffGranularity granularity) =>
        first.FinalTarget is { } a && other.FinalTarget is { } b && a != b ? Cache.Get(pair, a, b, granularity) : null;
}
