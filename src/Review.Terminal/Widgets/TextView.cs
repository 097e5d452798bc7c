using Review.Terminal.Buffers;
using Review.Terminal.Text;

namespace Review.Terminal.Widgets;

/// <summary>
/// Styled text wrapped at the cell width of its area, scrolled by a <see cref="TextViewState"/>.
/// A newline in a span breaks the line; every other control is shown escaped. When the text is
/// taller than the area, the last column shows where the view is (a scroll bar).
/// </summary>
public sealed class TextView(IReadOnlyList<StyledSpan> spans)
{
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

        var lines = Layout(area.Width);
        var scrollBar = ShowScrollIndicator && lines.Count > area.Height && area.Width > 1;
        if (scrollBar)
        {
            lines = Layout(area.Width - 1);
        }

        state.LineCount = lines.Count;
        state.ViewportHeight = area.Height;
        state.ScrollOffset = Math.Clamp(state.ScrollOffset, 0, state.MaxScrollOffset);
        var textArea = scrollBar ? area with { Width = area.Width - 1 } : area;
        for (var row = 0; row < area.Height && state.ScrollOffset + row < lines.Count; row++)
        {
            GlyphRuns.Draw(buffer, textArea.X, area.Y + row, lines[state.ScrollOffset + row], textArea);
        }

        if (scrollBar)
        {
            DrawScrollBar(buffer, new Rect(area.Right - 1, area.Y, 1, area.Height), state);
        }
    }

    /// <summary>The wrapped lines at <paramref name="width"/> cells, as plain text (for measuring and tests).</summary>
    public IReadOnlyList<string> WrapLines(int width) =>
        Layout(width).Select(line => string.Concat(line.Select(glyph => glyph.Text))).ToList();

    private List<List<Glyph>> Layout(int width)
    {
        var lines = new List<List<Glyph>>();
        if (width <= 0)
        {
            return lines;
        }

        foreach (var paragraph in Paragraphs())
        {
            var wrapped = LineWrapper.Wrap(paragraph, width);
            lines.AddRange(wrapped.Count == 0 ? [[]] : wrapped);
        }

        return lines;
    }

    /// <summary>The spans split at newlines (CR LF counts as one), each part sanitized and measured.</summary>
    private List<List<Glyph>> Paragraphs()
    {
        var paragraphs = new List<List<Glyph>> { new() };
        foreach (var span in spans)
        {
            var parts = span.Text.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    paragraphs.Add([]);
                }

                GlyphRuns.Append(paragraphs[^1], parts[i], span.Style.Over(Style), SanitizerOptions);
            }
        }

        return paragraphs;
    }

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
