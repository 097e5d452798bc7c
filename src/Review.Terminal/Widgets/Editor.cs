using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// Draws an <see cref="EditorState"/> into a rectangle: soft-wrapped at the rectangle's width,
/// scrolled so the cursor row is visible, every grapheme at the column the state computes, and
/// all text through the buffer's sanitizer. Returns where the terminal cursor belongs.
/// </summary>
public sealed class Editor
{
    public Style Style { get; init; } = Style.Default;

    /// <summary>Shown dimmed when the text is empty.</summary>
    public string? Placeholder { get; init; }

    public Style PlaceholderStyle { get; init; } = Style.Default.With(Attributes.Dim);

    /// <summary>How the state's <see cref="EditorTokens"/> are drawn, marks included.</summary>
    public Style TokenStyle { get; init; } = Style.Default.With(Attributes.Bold);

    /// <summary>
    /// Renders and returns the cursor's cell (null when the area is empty). Also records the
    /// area's size in the state and adjusts its scroll; that is the only state it touches.
    /// </summary>
    public Position? Render(EditorState state, ScreenBuffer buffer, Rect area)
    {
        var clip = area.Intersect(buffer.Area);
        buffer.Fill(clip, Style);
        if (clip.IsEmpty)
        {
            return null;
        }

        state.ViewWidth = clip.Width;
        state.ViewHeight = clip.Height;
        var rows = EditorLayout.Rows(state.Lines, clip.Width, state.Tokens);
        var (cursorRow, cursorX) = state.CursorCell(rows);
        state.ScrollRow = ScrollFor(state.ScrollRow, cursorRow, clip.Height, rows.Count);

        if (state.Text.Length == 0 && Placeholder is not null)
        {
            buffer.SetString(clip.X, clip.Y, Placeholder, PlaceholderStyle, clip);
        }

        for (var i = 0; i < clip.Height && state.ScrollRow + i < rows.Count; i++)
        {
            DrawRow(buffer, state.Lines, state.Tokens, rows[state.ScrollRow + i], clip.X, clip.Y + i, clip);
        }

        return new Position(clip.X + Math.Min(cursorX, clip.Width - 1), clip.Y + cursorRow - state.ScrollRow);
    }

    private static int ScrollFor(int scroll, int cursorRow, int height, int rowCount)
    {
        if (cursorRow < scroll)
        {
            scroll = cursorRow;
        }
        else if (cursorRow >= scroll + height)
        {
            scroll = cursorRow - height + 1;
        }

        return Math.Clamp(scroll, 0, Math.Max(0, rowCount - height));
    }

    private void DrawRow(ScreenBuffer buffer, IReadOnlyList<string> lines, EditorTokens? tokens, EditorRow row, int x, int y, Rect clip)
    {
        var line = lines[row.Line];
        var spans = tokens is null ? [] : TokenText.Spans(line, tokens);
        for (var at = row.Start; at < row.End;)
        {
            var next = LineText.NextBoundary(line, at);
            var inToken = spans.Exists(t => t.Start <= at && at < t.End);
            buffer.SetString(x, y, inToken ? Glyph(line[at..next], tokens!) : line[at..next], inToken ? TokenStyle : Style, clip);
            x += LineText.CellWidth(line.AsSpan(at, next - at));
            at = next;
        }
    }

    // A mark is drawn as its glyph; both take one cell, so the layout's columns still hold.
    private static string Glyph(string grapheme, EditorTokens tokens) =>
        grapheme.Length == 1 && grapheme[0] == tokens.Open ? tokens.OpenGlyph.ToString()
        : grapheme.Length == 1 && grapheme[0] == tokens.Close ? tokens.CloseGlyph.ToString()
        : grapheme;
}
