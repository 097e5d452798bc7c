using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// Styled text wrapped at the cell width of its area, scrolled by a <see cref="TextViewState"/>.
/// A newline in a span breaks the line; every other control is shown escaped. When the text is
/// taller than the area, the last column shows where the view is (a scroll bar).
/// </summary>
public sealed class TextView(IReadOnlyList<StyledSpan> spans)
{
    // The layouts made for measuring, by width (at most two: the full width and one column less for
    // the scroll bar), so an app that measures a text and then draws it lays it out once. Locked: a
    // view may be shared by screens on other threads.
    private readonly List<TextLayout> _measured = [];
    private readonly Lock _gate = new();

    public Style Style { get; init; }

    public bool ShowScrollIndicator { get; init; } = true;

    public SanitizerOptions SanitizerOptions { get; init; } = SanitizerOptions.Default;

    public Style ScrollIndicatorStyle { get; init; } = new(Color.BrightBlack, Color.Default);

    public void Render(Rect area, ScreenBuffer buffer, TextViewState state)
    {
        area = area.Intersect(buffer.Area);
        buffer.Fill(area, Style);
        if (area.IsEmpty)
        {
            state.LineCount = 0;
            state.ViewportHeight = 0;
            return;
        }

        var layout = LayoutFor(area, state);
        var scrollBar = layout.Width < area.Width;
        state.LineCount = layout.LineCount;
        state.ViewportHeight = area.Height;
        state.ScrollOffset = Math.Clamp(state.ScrollOffset, 0, state.MaxScrollOffset);
        var textArea = area with { Width = layout.Width };
        for (var row = 0; row < area.Height && state.ScrollOffset + row < layout.LineCount; row++)
        {
            layout.DrawLine(buffer, state.ScrollOffset + row, textArea.X, area.Y + row, textArea);
        }

        if (scrollBar)
        {
            DrawScrollBar(buffer, new Rect(area.Right - 1, area.Y, 1, area.Height), state);
        }
    }

    /// <summary>The wrapped lines at <paramref name="width"/> cells, as plain text (for measuring and tests).</summary>
    public IReadOnlyList<string> WrapLines(int width)
    {
        var layout = Measured(Math.Max(1, width));
        return Enumerable.Range(0, layout.LineCount).Select(layout.LineText).ToList();
    }

    /// <summary>How many lines the text wraps to at <paramref name="width"/> cells (as <see cref="WrapLines"/> counts them, without building their text).</summary>
    public int LineCount(int width) => Measured(Math.Max(1, width)).LineCount;

    /// <summary>The layout at the full width, or one column narrower when the text overflows and a scroll bar is shown; reused from the state when nothing changed.</summary>
    private TextLayout LayoutFor(Rect area, TextViewState state)
    {
        var withBar = ShowScrollIndicator && area.Width > 1;
        if (withBar && Reusable(state, area.Width - 1) is { } narrow && narrow.LineCount > area.Height)
        {
            return narrow;
        }

        var layout = Reusable(state, area.Width) ?? Kept(area.Width) ?? new TextLayout(spans, Style, SanitizerOptions, area.Width, state.Layout);
        if (withBar && layout.LineCount > area.Height)
        {
            layout = Kept(area.Width - 1) ?? new TextLayout(layout, area.Width - 1);
        }

        state.Layout = layout;
        return layout;
    }

    private TextLayout Measured(int width)
    {
        lock (_gate)
        {
            if (KeptLocked(width) is { } kept)
            {
                return kept;
            }
            var layout = _measured.Count > 0 ? new TextLayout(_measured[^1], width) : new TextLayout(spans, Style, SanitizerOptions, width) { Recyclable = false };
            if (_measured.Count == 2)
            {
                _measured.RemoveAt(0);
            }
            _measured.Add(layout);
            return layout;
        }
    }

    private TextLayout? Kept(int width)
    {
        lock (_gate)
        {
            return KeptLocked(width);
        }
    }

    private TextLayout? KeptLocked(int width) => _measured.Find(layout => layout.Width == width);

    private TextLayout? Reusable(TextViewState state, int width) =>
        state.Layout is { } layout && layout.Matches(spans, Style, SanitizerOptions, width) ? layout : null;

    private void DrawScrollBar(ScreenBuffer buffer, Rect bar, TextViewState state)
    {
        var thumbHeight = Math.Max(1, (int)Math.Round((double)bar.Height * bar.Height / state.LineCount, MidpointRounding.AwayFromZero));
        var travel = bar.Height - thumbHeight;
        var thumbTop = state.MaxScrollOffset == 0 ? 0 : (int)Math.Round((double)travel * state.ScrollOffset / state.MaxScrollOffset);
        for (var row = 0; row < bar.Height; row++)
        {
            var inThumb = row >= thumbTop && row < thumbTop + thumbHeight;
            buffer.SetString(bar.X, bar.Y + row, inThumb ? "┃" : "│", ScrollIndicatorStyle.Over(Style), bar);
        }
    }
}
