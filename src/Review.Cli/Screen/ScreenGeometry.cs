using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// The layout facts Update needs, computed from the state and the terminal size alone: how far each
/// pane can scroll, the focused pane's page height, and the line of the mark (current guess or
/// hunk) a key asked to see. A pure function, so nothing is fed back from the renderer.
/// </summary>
internal sealed record ScreenGeometry(PaneOffsets MaxScroll, int PageHeight, int? MarkLine, int MarkPaneHeight)
{
    public static ScreenGeometry Of(ReviewState state)
    {
        var content = PaneContents.For(state, Theme.Default);
        var layout = Layout(state, content);
        var editing = Editing(state);
        var max = PaneOffsets.Zero;
        int? mark = null;
        var markHeight = 1;
        foreach (var area in layout.Panes)
        {
            if (editing && area.Pane == Pane.Target)
            {
                continue;
            }
            max = max.With(area.Pane, Math.Max(0, LineCount(content[area.Pane].View, area.Body) - area.Body.Height));
            if (content[area.Pane].MarkLine(area.Body) is { } line)
            {
                (mark, markHeight) = (line, area.Body.Height);
            }
        }
        return new ScreenGeometry(max, Math.Max(1, layout.Find(state.Focus)?.Body.Height ?? 1), mark, markHeight);
    }

    /// <summary>The frame split for this state at its terminal size; the view draws into the same split.</summary>
    public static ScreenLayout Layout(ReviewState state, IReadOnlyDictionary<Pane, PaneContent> content)
    {
        var panes = state.VisiblePanes().Where(content.ContainsKey).ToList();
        var editing = Editing(state);
        return ScreenLayout.For(state.Size.Width, state.Size.Height, panes,
            (pane, width) => Math.Max(editing && pane == Pane.Target ? 3 : 0, content[pane].View.LineCount(width)));
    }

    /// <summary>How far the help overlay scrolls: its lines less the rows inside its border.</summary>
    public static int HelpMaxScroll(ReviewState state) => Math.Max(0, state.HelpLines - Math.Max(1, state.Size.Height - 2));

    private static bool Editing(ReviewState state) => state.Mode == ScreenMode.Edit && state.Editor is not null;

    // As TextView wraps: at full width, or one column less for the scroll bar when the text overflows.
    private static int LineCount(TextView view, Rect body)
    {
        if (body.Width <= 0 || body.Height <= 0)
        {
            return 0;
        }
        var count = view.LineCount(body.Width);
        return count > body.Height && body.Width > 1 ? view.LineCount(body.Width - 1) : count;
    }
}
