using Review.Core.Text;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// Draws the whole review screen from the state, every frame; the renderer's diff decides what
/// reaches the terminal. Returns what the layout allows for scrolling, for Update to clamp with.
/// The inline editor and the prompt are drawn by the loop's widgets through <see cref="InputDrawing"/>.
/// </summary>
public sealed class ReviewView(Keymap keymap, Theme theme, DiffCache diffs)
{
    public PanesMeasured Render(ScreenBuffer buffer, ReviewState state, DateTimeOffset now, InputDrawing? input = null)
    {
        buffer.Clear();
        if (buffer.Width <= 0 || buffer.Height <= 0)
        {
            return new PanesMeasured(PaneOffsets.Zero, 1);
        }
        var content = PaneContents(state);
        var panes = state.VisiblePanes().Where(content.ContainsKey).ToList();
        var wrapped = new Dictionary<(Pane, int), WrappedText>();
        WrappedText WrapAt(Pane pane, int width) =>
            wrapped.TryGetValue((pane, width), out var text) ? text : wrapped[(pane, width)] = WrappedText.Wrap(content[pane].Paragraphs, width);
        var editing = state.Mode == ScreenMode.Edit && input is not null;
        var layout = ScreenLayout.For(buffer.Width, buffer.Height, panes,
            (pane, width) => editing && pane == Pane.Target ? Math.Max(3, WrapAt(pane, width).Rows.Count) : WrapAt(pane, width).Rows.Count);

        DrawHeader(buffer, layout.Header, state);
        var max = PaneOffsets.Zero;
        foreach (var area in layout.Panes)
        {
            var text = WrapAt(area.Pane, area.Body.Width);
            var scroll = Math.Min(state.Scroll.Get(area.Pane), Math.Max(0, text.Rows.Count - area.Body.Height));
            max = max.With(area.Pane, Math.Max(0, text.Rows.Count - area.Body.Height));
            DrawTitle(buffer, area, content[area.Pane].Title, state.Focus == area.Pane, scroll, text.Rows.Count);
            if (editing && area.Pane == Pane.Target)
            {
                input!(buffer, area.Body);
                continue;
            }
            text.Draw(buffer, area.Body, scroll);
        }
        DrawHints(buffer, layout.Hints.IsEmpty ? layout.Status : layout.Hints, state, state.Mode == ScreenMode.Prompt ? input : null);
        if (!layout.Hints.IsEmpty)
        {
            DrawStatus(buffer, layout.Status, state, now);
        }
        var helpMax = state.Mode == ScreenMode.Help ? HelpOverlay.Draw(buffer, keymap, theme, state.HelpScroll) : 0;
        var focused = layout.Find(state.Focus);
        return new PanesMeasured(max, focused?.Body.Height ?? 1, helpMax);
    }

    private Dictionary<Pane, PaneContent> PaneContents(ReviewState state)
    {
        var panes = new Dictionary<Pane, PaneContent>();
        if (state.Shown is not { } shown)
        {
            panes[Pane.Target] = new PaneContent("Nothing to review", [[new StyledSpan("This database has no pairs. Import a file with: review import FILE", theme.Dim)]]);
            return panes;
        }
        var suggestion = shown.Suggestion;
        var diff = state.DiffOn && suggestion is not null && suggestion != shown.CurrentTarget
            ? diffs.Get(shown.Pair.Id, shown.CurrentTarget, suggestion, state.Granularity)
            : null;
        panes[Pane.Source] = new PaneContent($"Source · {shown.Pair.SourceLang}", [PaneText.Source(shown, theme)]);
        panes[Pane.Target] = new PaneContent(TargetTitle(state, shown, diff), [PaneText.Target(shown, diff, state.SuggestionPane, theme)]);
        if (suggestion is not null)
        {
            var origin = shown.Pair.Suggestion is null ? "Suggestion · from checks" : "Suggestion";
            panes[Pane.Suggestion] = new PaneContent(origin, [PaneText.Suggestion(suggestion, diff, theme)]);
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
            return "Editing · Ctrl+S save · Esc cancel";
        }
        if (shown.Suggestion is null)
        {
            return title;
        }
        if (shown.Suggestion == shown.CurrentTarget)
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

    private void DrawTitle(ScreenBuffer buffer, PaneArea area, string title, bool focused, int scroll, int rows)
    {
        var style = focused ? theme.FocusedTitle : theme.Title;
        var end = buffer.SetString(area.Title.X, area.Title.Y, (focused ? "▸ " : "  ") + title, style, area.Title);
        var indicator = ScrollIndicator(scroll, rows, area.Body.Height);
        var x = area.Title.Right - DisplayWidthOf(indicator);
        if (indicator.Length > 0 && x > end)
        {
            buffer.SetString(x, area.Title.Y, indicator, theme.Dim, area.Title);
        }
    }

    private static string ScrollIndicator(int scroll, int rows, int height)
    {
        if (rows <= height)
        {
            return "";
        }
        var below = rows - height - scroll;
        return (scroll > 0 ? $"↑{scroll} " : "") + (below > 0 ? $"↓{below}" : "end");
    }

    private void DrawHints(ScreenBuffer buffer, Rect area, ReviewState state, InputDrawing? prompt)
    {
        if (prompt is not null)
        {
            var label = PromptLabels.For(state.Prompt);
            var x = buffer.SetString(area.X, area.Y, label, theme.HintKey, area);
            prompt(buffer, new Rect(x, area.Y, Math.Max(0, area.Right - x), 1));
            return;
        }
        if (state.Message is { } message)
        {
            buffer.SetString(area.X, area.Y, message, theme.Notice, area);
            return;
        }
        var hintX = area.X;
        foreach (var binding in keymap.Hints())
        {
            var key = binding.Chords[0].Label;
            if (hintX + DisplayWidthOf(key + " " + binding.Hint) > area.Right)
            {
                break;
            }
            hintX = buffer.SetString(hintX, area.Y, key, theme.HintKey, area);
            hintX = buffer.SetString(hintX, area.Y, " " + binding.Hint + "  ", theme.Hint, area);
        }
    }

    private void DrawStatus(ScreenBuffer buffer, Rect area, ReviewState state, DateTimeOffset now)
    {
        buffer.Fill(area, theme.Status);
        var save = StatusText.SaveLabel(state.Save);
        var saveWidth = save.Length == 0 ? 0 : DisplayWidthOf(save) + 2;
        var room = area.Width - saveWidth - 1;
        var text = "";
        foreach (var part in StatusText.Progress(state, now))
        {
            var next = text.Length == 0 ? part : text + " · " + part;
            if (DisplayWidthOf(next) > room)
            {
                break;
            }
            text = next;
        }
        buffer.SetString(area.X + 1, area.Y, text, theme.Status, area);
        if (save.Length > 0)
        {
            var style = state.Save == SaveIndicator.Saved ? theme.Saved : theme.NotSaved;
            buffer.SetString(Math.Max(area.X, area.Right - saveWidth), area.Y, " " + save + " ", style, area);
        }
    }

    private static int DisplayWidthOf(string text) => Review.Terminal.Text.DisplayWidth.OfText(text);

    private sealed record PaneContent(string Title, IReadOnlyList<IReadOnlyList<StyledSpan>> Paragraphs);
}
