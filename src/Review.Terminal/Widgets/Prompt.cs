using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// Draws a <see cref="PromptState"/> on one row: a label, then the text scrolled sideways so the
/// cursor stays visible, never cutting a wide glyph at the left edge. Returns the cursor's cell.
/// </summary>
public sealed class Prompt
{
    public string Label { get; init; } = "";

    public Style LabelStyle { get; init; } = Style.Default.With(Attributes.Bold);

    public Style Style { get; init; } = Style.Default;

    public Position? Render(PromptState state, ScreenBuffer buffer, Rect area)
    {
        var row = area.Intersect(buffer.Area).TakeTop(1);
        buffer.Fill(row, Style);
        if (row.IsEmpty)
        {
            return null;
        }

        var x = buffer.SetString(row.X, row.Y, Label, LabelStyle, row);
        var field = new Rect(x, row.Y, Math.Max(0, row.Right - x), 1);
        if (field.Width == 0)
        {
            return null;
        }

        var cursorColumn = LineText.Width(state.Text, 0, state.Cursor);
        state.ScrollColumn = SnapToGlyph(state.Text, ScrollFor(state.ScrollColumn, cursorColumn, field.Width));
        DrawText(buffer, state.Text, state.ScrollColumn, field);
        return new Position(field.X + cursorColumn - state.ScrollColumn, field.Y);
    }

    private static int ScrollFor(int scroll, int cursorColumn, int width)
    {
        if (cursorColumn < scroll)
        {
            return cursorColumn;
        }

        // The cursor needs its own cell, so it may sit at most at the last column.
        return cursorColumn > scroll + width - 1 ? cursorColumn - width + 1 : scroll;
    }

    /// <summary>The first glyph boundary at or after <paramref name="column"/>, so no glyph is cut in half.</summary>
    private static int SnapToGlyph(string text, int column)
    {
        var x = 0;
        for (var at = 0; at < text.Length && x < column; at = LineText.NextBoundary(text, at))
        {
            x += LineText.CellWidth(text.AsSpan(at, LineText.NextBoundary(text, at) - at));
        }

        return Math.Max(x, column);
    }

    private void DrawText(ScreenBuffer buffer, string text, int scroll, Rect field)
    {
        var column = 0;
        for (var at = 0; at < text.Length;)
        {
            var next = LineText.NextBoundary(text, at);
            var width = LineText.CellWidth(text.AsSpan(at, next - at));
            if (column >= scroll)
            {
                buffer.SetString(field.X + column - scroll, field.Y, text[at..next], Style, field);
            }

            column += width;
            at = next;
        }
    }
}
