using Review.Core.Session;
using Review.Core.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// Draws the whole review screen from the state, every frame; the renderer's diff decides what
/// reaches the terminal. It returns nothing: Update gets its layout facts from <see cref="ScreenGeometry"/>.
/// The inline editor and the prompt are the toolkit's widgets, drawn from their state in <see cref="ReviewState"/>.
/// </summary>
public sealed class ReviewView(Keymap keymap, Theme theme)
{
    public void Render(ScreenBuffer buffer, ReviewState state, DateTimeOffset now)
    {
        buffer.Clear();
        if (buffer.Width <= 0 || buffer.Height <= 0)
        {
            return;
        }
        var content = PaneContents.For(state, theme);
        var panes = state.VisiblePanes().Where(content.ContainsKey).ToList();
        var editing = state.Mode == ScreenMode.Edit && state.Editor is not null;
        var layout = ScreenLayout.For(buffer.Width, buffer.Height, panes,
            (pane, width) => Math.Max(editing && pane == Pane.Target ? 3 : 0, content[pane].View.LineCount(width)));

        DrawHeader(buffer, layout.Header, state);
        foreach (var area in layout.Panes)
        {
            DrawTitle(buffer, area, content[area.Pane].Title, state.Focus == area.Pane);
            if (editing && area.Pane == Pane.Target)
            {
                buffer.Cursor = new Editor { TokenStyle = theme.InlineCode }.Render(state.Editor!, buffer, area.Body);
                continue;
            }
            // TextView clamps the offset, so a scroll left past the end by a resize draws the last page.
            content[area.Pane].View.Render(area.Body, buffer, new TextViewState { ScrollOffset = state.Scroll.Get(area.Pane) });
        }
        DrawHints(buffer, layout.Hints.IsEmpty ? layout.Status : layout.Hints, state);
        if (!layout.Hints.IsEmpty)
        {
            DrawStatus(buffer, layout.Status, state, now);
        }
        if (state.Mode == ScreenMode.Help)
        {
            HelpOverlay.Draw(buffer, keymap, theme, state.HelpScroll);
        }
    }

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

    private static int DisplayWidthOf(string text) => Review.Text.DisplayWidth.OfText(text);
}
