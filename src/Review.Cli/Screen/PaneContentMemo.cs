using System.Collections.Immutable;
using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>
/// The panes of the last few states, so a key that moves only the scroll, the focus or the help
/// (the frame's layout asks for the panes twice per key: Update to clamp the scroll, the view to
/// draw) reuses their laid-out text instead of building and wrapping it again; on a 5 MB pair that
/// was most of each key's time. A state is looked up with the fields that never change a pane's
/// text set to fixed values, and compared by value (the shown pair by reference), so any other
/// change builds the panes afresh.
/// Shared by every screen in the process (like <see cref="ScreenDiffs"/>), hence locked.
/// </summary>
internal static class PaneContentMemo
{
    private const int Capacity = 2;
    private static readonly LinkedList<(ReviewState Key, ShownPair? Shown, Theme Theme, IReadOnlyDictionary<Pane, PaneContent> Panes)> Recent = new();
    private static readonly Lock Gate = new();

    public static IReadOnlyDictionary<Pane, PaneContent> Get(ReviewState state, Theme theme, Func<ReviewState, Theme, IReadOnlyDictionary<Pane, PaneContent>> build)
    {
        // The split prompt marks what its answer would move, and that answer lives in a mutable
        // PromptState the key cannot tell apart from one keystroke to the next.
        if (state is { Mode: ScreenMode.Prompt, Prompt: PromptKind.SplitCuts })
        {
            return build(state, theme);
        }
        var key = KeyOf(state);
        lock (Gate)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (ReferenceEquals(node.Value.Shown, state.Shown) && node.Value.Theme == theme && node.Value.Key == key)
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Panes;
                }
            }
        }
        var panes = build(state, theme);
        lock (Gate)
        {
            if (Recent.First?.Value.Panes is { } last)
            {
                panes = Reuse(panes, last);
            }
            Recent.AddFirst((key, state.Shown, theme, panes));
            while (Recent.Count > Capacity)
            {
                Recent.RemoveLast();
            }
        }
        return panes;
    }

    /// <summary>
    /// The last panes wherever the new ones show the same text: the pair read again from the store
    /// (the next pending pair is the one on screen, or a colleague's decision refreshed it) is a new
    /// state but often the same text, and its layout is the costly part.
    /// </summary>
    private static Dictionary<Pane, PaneContent> Reuse(IReadOnlyDictionary<Pane, PaneContent> fresh, IReadOnlyDictionary<Pane, PaneContent> last)
    {
        var panes = new Dictionary<Pane, PaneContent>();
        foreach (var (pane, content) in fresh)
        {
            panes[pane] = last.TryGetValue(pane, out var old) && Same(old, content) ? old : content;
        }
        return panes;
    }

    private static bool Same(PaneContent a, PaneContent b) =>
        a.Title == b.Title && a.Spans.SequenceEqual(b.Spans)
        && (a.UpToMark is null ? b.UpToMark is null : b.UpToMark is not null && a.UpToMark.SequenceEqual(b.UpToMark));

    // The panes read the pair, its texts, the diff and guess settings, the search and whether the
    // editor is open; not these, which keys and the live refresh change on their own. The pair is
    // compared by reference: by value it would compare megabytes of text on a big pair, and a pair
    // read again is a new one (whose unchanged panes Reuse keeps).
    private static ReviewState KeyOf(ReviewState state) => state with
    {
        Shown = null,
        Counts = ProgressCounts.Unknown(0),
        Mode = state.Mode == ScreenMode.Edit ? ScreenMode.Edit : ScreenMode.Browse,
        Prompt = null,
        Editor = null,
        PromptLine = null,
        PromptHistory = ImmutableDictionary<PromptKind, ImmutableList<string>>.Empty,
        SessionDecisions = 0,
        Colleagues = 0,
        Save = SaveIndicator.None,
        Message = null,
        Focus = Pane.Target,
        Scroll = PaneOffsets.Zero,
        HelpScroll = 0,
        Size = ScreenSize.Default,
        HelpLines = 0,
        Quitting = false,
    };
}
