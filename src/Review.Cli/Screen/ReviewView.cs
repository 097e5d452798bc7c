using Review.Core.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// Draws the whole review screen from the state, every frame; the renderer's diff decides what
/// reaches the terminal. Returns what the layout allows for scrolling, for Update to clamp with.
/// The inline editor and the prompt are the toolkit's widgets, drawn from their state in <see cref="ReviewState"/>.
/// </summary>
public sealed class ReviewView(Keymap keymap, Theme theme)
{
    public PanesMeasured Render(ScreenBuffer buffer, ReviewState state, DateTimeOffset now)
    {
        buffer.Clear();
        if (buffer.Width <= 0 || buffer.Height <= 0)
        {
            return new PanesMeasured(PaneOffsets.Zero, 1);
        }
        var content = PaneContents(state);
        var panes = state.VisiblePanes().Where(content.ContainsKey).ToList();
        var editing = state.Mode == ScreenMode.Edit && state.Editor is not null;
        var layout = ScreenLayout.For(buffer.Width, buffer.Height, panes,
            (pane, width) => Math.Max(editing && pane == Pane.Target ? 3 : 0, content[pane].View.WrapLines(width).Count));

        DrawHeader(buffer, layout.Header, state);
        var max = PaneOffsets.Zero;
        GuessMark? mark = null;
        foreach (var area in layout.Panes)
        {
            DrawTitle(buffer, area, content[area.Pane].Title, state.Focus == area.Pane);
            if (editing && area.Pane == Pane.Target)
            {
                buffer.Cursor = new Editor().Render(state.Editor!, buffer, area.Body);
                continue;
            }
            if (content[area.Pane].MarkLine(area.Body) is { } line)
            {
                mark = new GuessMark(line, area.Body.Height);
            }
            var scroll = new TextViewState { ScrollOffset = state.Scroll.Get(area.Pane) };
            content[area.Pane].View.Render(area.Body, buffer, scroll);
            max = max.With(area.Pane, scroll.MaxScrollOffset);
        }
        DrawHints(buffer, layout.Hints.IsEmpty ? layout.Status : layout.Hints, state);
        if (!layout.Hints.IsEmpty)
        {
            DrawStatus(buffer, layout.Status, state, now);
        }
        var helpMax = state.Mode == ScreenMode.Help ? HelpOverlay.Draw(buffer, keymap, theme, state.HelpScroll) : 0;
        var focused = layout.Find(state.Focus);
        return new PanesMeasured(max, focused?.Body.Height ?? 1, helpMax) { Guess = mark };
    }

    private Dictionary<Pane, PaneContent> PaneContents(ReviewState state)
    {
        var panes = new Dictionary<Pane, PaneContent>();
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

    private void DrawHeader(ScreenBuffer buffer, Rect area, ReviewState state)
    {
        var style = state.Shown is { } shown ? theme.ForStatus(shown.Status) : theme.Header;
        buffer.Fill(area, style);
        buffer.SetString(area.X + 1, area.Y, StatusText.Header(state, area.Width - 1), style, area);
    }

    private void DrawTitle(ScreenBuffer buffer, PaneArea area, string title, bool focused)
    {
        var style = focused ? theme.FocusedTitle : theme.Title;
        buffer.SetString(area.Title.X, area.Title.Y, (focused ? "▸ " : "  ") + title, style, area.Title);
    }

    private void DrawHints(ScreenBuffer buffer, Rect area, ReviewState state)
    {
        if (state.Mode == ScreenMode.Prompt && state.PromptLine is { } line)
        {
            var label = PromptLabels.For(state.Prompt, area.Width);
            var x = buffer.SetString(area.X, area.Y, label, theme.HintKey, area);
            buffer.Cursor = new Prompt().Render(line, buffer, new Rect(x, area.Y, Math.Max(0, area.Right - x), 1));
            return;
        }
        if (state.Message is { } message)
        {
            buffer.SetString(area.X, area.Y, message, theme.Notice, area);
            return;
        }
        var hints = HintBindings(state).Select(b => new KeyHint(b.Chords[0].Label, b.Hint!)).ToList();
        new KeyHints(hints) { KeyStyle = theme.HintKey, LabelStyle = theme.Hint }.Render(area, buffer);
    }

    /// <summary>The review screen's hints; while stepping through hunks, the hunk keys and the key that saves.</summary>
    private IEnumerable<KeyBinding> HintBindings(ReviewState state) => state.KeyMode == KeyMode.Hunks
        ? keymap.Hints(KeyMode.Hunks).Concat(keymap.Hints(KeyMode.Review).Where(b => b.Action is CommandAction { Command: ReviewCommand.Accept }))
        : keymap.Hints(KeyMode.Review);

    private void DrawStatus(ScreenBuffer buffer, Rect area, ReviewState state, DateTimeOffset now)
    {
        var save = StatusText.SaveLabel(state.Save);
        var saveStyle = state.Save == SaveIndicator.Saved ? theme.Saved : theme.NotSaved;
        var room = area.Width - (save.Length == 0 ? 0 : DisplayWidthOf(save) + 3);
        var text = "";
        foreach (var part in StatusText.Progress(state, now))
        {
            var next = text.Length == 0 ? part : text + " · " + part;
            if (DisplayWidthOf(next) + 1 > room)
            {
                break;
            }
            text = next;
        }
        new StatusBar
        {
            Left = [new StyledSpan(" " + text, theme.Status)],
            Right = save.Length == 0 ? [] : [new StyledSpan(" " + save + " ", saveStyle)],
            Style = theme.Status,
        }.Render(area, buffer);
    }

    private static int DisplayWidthOf(string text) => Review.Terminal.Text.DisplayWidth.OfText(text);

    private sealed record PaneContent(string Title, IReadOnlyList<StyledSpan> Spans)
    {
        public TextView View { get; } = new(Spans);

        /// <summary>The text up to a mark the pane must scroll to (the current guess), or null.</summary>
        public IReadOnlyList<StyledSpan>? UpToMark { get; init; }

        /// <summary>The wrapped line the mark falls on, at the width the view wraps at in this area.</summary>
        public int? MarkLine(Rect body)
        {
            if (UpToMark is null || body.Width <= 0)
            {
                return null;
            }
            var overflows = body.Width > 1 && View.WrapLines(body.Width).Count > body.Height;
            return Math.Max(0, new TextView(UpToMark).WrapLines(overflows ? body.Width - 1 : body.Width).Count - 1);
        }
    }
}
