using Review.Core.Text;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// The styled text of each pane: the source with finding spans marked, the target diffed against
/// the suggestion (removed text struck through in red, added text underlined in green), and the
/// suggestion on its own.
/// </summary>
internal static class PaneText
{
    public static IReadOnlyList<StyledSpan> Source(ShownPair shown, Theme theme) =>
        Highlighter.Apply([new TextPiece(shown.Pair.Source, theme.Body, 0)], shown.Findings.SelectMany(f => f.SourceSpans).ToList(), theme.Highlight);

    /// <summary>With a separate suggestion pane, the target shows only what the fix removes.</summary>
    public static IReadOnlyList<StyledSpan> Target(ShownPair shown, TextDiffResult? diff, bool suggestionPane, Theme theme)
    {
        var spans = TargetSpansApply(shown) ? shown.Findings.SelectMany(f => f.TargetSpans).ToList() : [];
        if (diff is null)
        {
            return Highlighter.Apply([new TextPiece(shown.CurrentTarget, theme.Body, 0)], spans, theme.Highlight);
        }
        var pieces = diff.Segments
            .Where(s => !(suggestionPane && s.Operation == DiffOperation.Inserted))
            .Select(s => s.Operation switch
            {
                DiffOperation.Deleted => new TextPiece(s.Text, theme.Removed, s.OldStart),
                DiffOperation.Inserted => new TextPiece(s.Text, theme.Added, -1),
                _ => new TextPiece(s.Text, theme.Body, s.OldStart),
            });
        return Highlighter.Apply(pieces, spans, theme.Highlight);
    }

    public static IReadOnlyList<StyledSpan> Suggestion(string suggestion, TextDiffResult? diff, Theme theme)
    {
        if (diff is null)
        {
            return [new StyledSpan(suggestion, theme.Body)];
        }
        return diff.Segments
            .Where(s => s.Operation != DiffOperation.Deleted)
            .Select(s => new StyledSpan(s.Text, s.Operation == DiffOperation.Inserted ? theme.Added : theme.Body))
            .ToList();
    }

    // Findings point into the stored target; once the pair is decided with other text they no longer fit.
    private static bool TargetSpansApply(ShownPair shown) => shown.CurrentTarget == shown.Pair.Target;
}
