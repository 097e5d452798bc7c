using Review.Core.Checks;

namespace Review.Cli.Screen;

/// <summary>
/// Where the last search's text occurs in a pane, ignoring case as the search does, for the panes
/// to highlight (as less and vim do). Matches that would cut a grapheme are left out, so a
/// highlight never splits one. The current match, marked more strongly, is the first one on the
/// pair: in the source if it has one, else in the target.
/// </summary>
internal static class SearchMatches
{
    public static IReadOnlyList<TextSpan> In(string text, string? needle)
    {
        if (string.IsNullOrEmpty(needle) || text.Length < needle.Length)
        {
            return [];
        }
        // Only where a pane can show it: a pane lays out at most PaneBudget.MaxChars of its text.
        if (text.Length > PaneBudget.MaxChars + needle.Length)
        {
            text = text[..(PaneBudget.MaxChars + needle.Length)];
        }
        var boundaries = Boundaries(text);
        var spans = new List<TextSpan>();
        for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(needle, at + needle.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (boundaries.Contains(at) && boundaries.Contains(at + needle.Length))
            {
                spans.Add(new TextSpan(at, needle.Length));
            }
        }
        return spans;
    }

    /// <summary>The highlight layers of one pane: every match, and the current one over it.</summary>
    public static IEnumerable<HighlightLayer> Layers(ReviewState state, Pane pane, string text, Theme theme)
    {
        var matches = In(text, state.LastSearch);
        if (matches.Count == 0)
        {
            yield break;
        }
        yield return new HighlightLayer(matches, theme.SearchMatch);
        var current = pane == Pane.Source || In(state.Shown?.Pair.Source ?? "", state.LastSearch).Count == 0;
        if (current)
        {
            yield return new HighlightLayer([matches[0]], theme.CurrentMatch);
        }
    }

    private static HashSet<int> Boundaries(string text)
    {
        var boundaries = new HashSet<int> { 0 };
        var offset = 0;
        foreach (var grapheme in Review.Text.Graphemes.Split(text))
        {
            offset += grapheme.Length;
            boundaries.Add(offset);
        }
        return boundaries;
    }
}
