using Review.Core.Checks;
using Review.Core.Session;
using Review.Core.Text;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// The styled text of each pane: the source with finding spans marked, the target diffed against
/// the suggestion (removed text struck through in red, added text underlined in green), and the
/// suggestion on its own. Inline codes are drawn as tokens (<see cref="CodeTokens"/>).
/// </summary>
internal static class PaneText
{
    public static IReadOnlyList<StyledSpan> Source(ReviewState state, ShownPair shown, Theme theme) =>
        CodeTokens.Show(PaneBudget.Noted(
            Highlighter.Apply(PaneBudget.Take([new TextPiece(shown.Pair.Source, theme.Body, 0)]),
            [
                new HighlightLayer(shown.Findings.SelectMany(f => f.SourceSpans).ToList(), theme.Highlight),
                .. SearchMatches.Layers(state, Pane.Source, shown.Pair.Source, theme),
                .. SplitPreview(state, Pane.Source, theme),
            ]),
            shown.Pair.Source.Length, theme.Dim), theme.InlineCode);

    /// <summary>
    /// The working target (the annotator's guess picks in place), diffed against the suggestion when
    /// there is a diff; with a separate suggestion pane it shows only what the fix removes. Finding
    /// spans are marked, and over them the encoding guesses, uncertain ones more strongly.
    /// </summary>
    public static IReadOnlyList<StyledSpan> Target(ReviewState state, TextDiffResult? diff, Theme theme) =>
        CodeTokens.Show(
            PaneBudget.Noted(Highlighter.Apply(PaneBudget.Take(TargetPieces(state, diff, theme)), TargetLayers(state, theme)), state.WorkingTarget.Length, theme.Dim),
            theme.InlineCode);

    /// <summary>The target's text up to the end of the current guess, to find the line it wraps onto; null without one.</summary>
    public static IReadOnlyList<StyledSpan>? UpToCurrentGuess(ReviewState state, TextDiffResult? diff, Theme theme)
    {
        if (CurrentGuessSpan(state) is not { } span)
        {
            return null;
        }
        var prefix = new List<StyledSpan>();
        foreach (var piece in TargetPieces(state, diff, theme))
        {
            if (piece.Offset >= 0 && piece.Offset + piece.Text.Length >= span.End)
            {
                prefix.Add(new StyledSpan(piece.Text[..Math.Max(0, span.End - piece.Offset)], piece.Style));
                break;
            }
            prefix.Add(piece.ToSpan());
        }
        return CodeTokens.Show(prefix, theme.InlineCode);
    }

    private static IEnumerable<TextPiece> TargetPieces(ReviewState state, TextDiffResult? diff, Theme theme)
    {
        if (state.Hunks is { } steps)
        {
            return HunkText.Pieces(steps, state.SuggestionPane, theme);
        }
        if (diff is null)
        {
            return [new TextPiece(state.WorkingTarget, theme.Body, 0)];
        }
        return diff.Segments
            .Where(s => !(state.SuggestionPane && s.Operation == DiffOperation.Inserted))
            .Select(s => s.Operation switch
            {
                DiffOperation.Deleted => new TextPiece(VisibleSpace.Of(s.Text), theme.Removed, VisibleSpace.IsBlank(s.Text) ? -1 : s.OldStart),
                DiffOperation.Inserted => new TextPiece(VisibleSpace.Of(s.Text), theme.Added, -1),
                _ => new TextPiece(s.Text, theme.Body, s.OldStart),
            });
    }

    // Findings are recomputed whenever a decision changes the text, so their spans fit the text on screen.
    private static List<HighlightLayer> TargetLayers(ReviewState state, Theme theme)
    {
        var shown = state.Shown!;
        var layers = new List<HighlightLayer> { new(shown.Findings.SelectMany(f => f.TargetSpans).ToList(), theme.Highlight) };
        // Target offsets are into the text the diff starts from: the hunks' base while stepping, else the working target.
        layers.AddRange(SearchMatches.Layers(state, Pane.Target, state.Hunks?.Base ?? state.WorkingTarget, theme));
        if (state.Hunks is null && state.WorkingTarget == shown.Pair.Target)
        {
            layers.AddRange(SplitPreview(state, Pane.Target, theme));
        }
        if (!shown.GuessesApply)
        {
            return layers;
        }
        var spans = GuessText.Apply(shown.Pair.Target, shown.Guesses, state.Guess).Spans;
        List<TextSpan> Pick(Func<int, bool> keep) =>
            Enumerable.Range(0, spans.Count).Where(i => spans[i] is not null && keep(i)).Select(i => spans[i]!.Value).ToList();
        layers.Add(new(Pick(i => shown.Guesses[i].Confidence >= GuessText.Uncertain), theme.Guess));
        layers.Add(new(Pick(i => shown.Guesses[i].Confidence < GuessText.Uncertain), theme.UncertainGuess));
        layers.Add(new(Pick(i => i == state.Guess.Index), theme.CurrentGuess));
        return layers;
    }

    private static IEnumerable<HighlightLayer> SplitPreview(ReviewState state, Pane pane, Theme theme) =>
        AlignRules.Moving(state, pane) is { } moving ? [new HighlightLayer([moving], theme.SplitMoves)] : [];

    private static TextSpan? CurrentGuessSpan(ReviewState state) =>
        state.Shown is { GuessesApply: true } shown && state.Guess.Index >= 0
            ? GuessText.Apply(shown.Pair.Target, shown.Guesses, state.Guess).Spans[state.Guess.Index]
            : null;

    public static IReadOnlyList<StyledSpan> Suggestion(string suggestion, TextDiffResult? diff, Theme theme)
    {
        if (diff is null)
        {
            return CodeTokens.Show(PaneBudget.Cap([new StyledSpan(suggestion, theme.Body)], theme.Dim), theme.InlineCode);
        }
        // Lazily, so a long diff is walked only as far as the pane's budget.
        var pieces = diff.Segments
            .Where(s => s.Operation != DiffOperation.Deleted)
            .Select(s => s.Operation == DiffOperation.Inserted
                ? new TextPiece(VisibleSpace.Of(s.Text), theme.Added, -1)
                : new TextPiece(s.Text, theme.Body, -1));
        return CodeTokens.Show(PaneBudget.Noted([.. PaneBudget.Take(pieces).Select(p => p.ToSpan())], suggestion.Length, theme.Dim), theme.InlineCode);
    }
}
