using Review.Core.Session;
using Review.Core.Text;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>What each pane shows for a state: its title and styled text. The view draws it; <see cref="ScreenGeometry"/> measures it.</summary>
internal static class PaneContents
{
    public static IReadOnlyDictionary<Pane, PaneContent> For(ReviewState state, Theme theme) => PaneContentMemo.Get(state, theme, Build);

    private static Dictionary<Pane, PaneContent> Build(ReviewState state, Theme theme)
    {
        var panes = new Dictionary<Pane, PaneContent>();
        if (state.Shown is null && state.Adjudicating)
        {
            panes[Pane.Target] = new PaneContent("Nothing to adjudicate", [new StyledSpan("The annotators agree on every pair they share. q quits.", theme.Dim)]);
            return panes;
        }
        if (state.Shown is not { } shown)
        {
            panes[Pane.Target] = new PaneContent("Nothing to review", [new StyledSpan("This database has no pairs. Import a file with: review import FILE", theme.Dim)]);
            return panes;
        }
        var suggestion = shown.Suggestion;
        var diff = ScreenDiffs.Of(state);
        panes[Pane.Source] = new PaneContent($"Source · {shown.Pair.SourceLang}", PaneText.Source(state, shown, theme));
        panes[Pane.Target] = new PaneContent(TargetTitle(state, shown, diff), PaneText.Target(state, diff, theme))
        {
            UpToMark = !state.RevealGuess ? null
                : state.Hunks is { } steps ? HunkText.UpToCurrent(steps, state.SuggestionPane, theme)
                : PaneText.UpToCurrentGuess(state, diff, theme),
        };
        if (suggestion is not null)
        {
            var origin = shown.Pair.Suggestion is null ? "Suggestion · from checks" : "Suggestion";
            panes[Pane.Suggestion] = new PaneContent(origin, PaneText.Suggestion(suggestion, diff, theme));
        }
        if (shown.Team is { } team)
        {
            DecisionPanes.Add(panes, state, team, theme);
        }
        if (shown.Findings.Count > 0)
        {
            panes[Pane.Findings] = new PaneContent($"Findings · {shown.Findings.Count}", FindingLines.For(shown.Findings, theme));
        }
        return panes;
    }

    private static string TargetTitle(ReviewState state, ShownPair shown, TextDiffResult? diff)
    {
        var title = $"Target · {shown.Pair.TargetLang}";
        if (state.Mode == ScreenMode.Edit)
        {
            return "Editing · Ctrl+S save · Esc cancel · Alt+Enter newline";
        }
        if (shown.Suggestion is null)
        {
            return title;
        }
        if (state.Hunks is { } steps)
        {
            return title + $" · hunk {steps.Current} of {steps.Count} · {steps.Taken.Count} taken";
        }
        if (shown.Suggestion == state.WorkingTarget)
        {
            return title + " · same as suggestion";
        }
        if (!state.DiffOn)
        {
            return title + " · diff off";
        }
        var marker = diff is { FellBack: true } ? " · ≈ coarse" : "";
        return title + $" · vs suggestion ({Granularity(state.Granularity)}){marker}";
    }

    private static string Granularity(DiffGranularity granularity) => granularity switch
    {
        DiffGranularity.Character => "chars",
        DiffGranularity.Word => "words",
        _ => "auto",
    };
}
