using System.Globalization;

namespace Review.Terminal.Widgets;

/// <summary>
/// Grapheme-level editing arithmetic on one line of text, shared by the Editor and the Prompt.
/// Offsets are UTF-16 indices that always sit on grapheme boundaries.
/// </summary>
internal static class LineText
{
    public static int NextBoundary(string line, int index) =>
        index >= line.Length ? line.Length : index + Graphemes.NextLength(line.AsSpan(index));

    public static int PreviousBoundary(string line, int index)
    {
        var previous = 0;
        for (var at = 0; at < index && at < line.Length; at = NextBoundary(line, at))
        {
            previous = at;
        }

        return previous;
    }

    /// <summary>Forward to the end of the next word (readline's forward-word).</summary>
    public static int WordRight(string line, int index)
    {
        while (index < line.Length && !IsWordAt(line, index))
        {
            index = NextBoundary(line, index);
        }

        while (index < line.Length && IsWordAt(line, index))
        {
            index = NextBoundary(line, index);
        }

        return index;
    }

    /// <summary>Back to the start of the previous word.</summary>
    public static int WordLeft(string line, int index)
    {
        while (index > 0 && !IsWordAt(line, PreviousBoundary(line, index)))
        {
            index = PreviousBoundary(line, index);
        }

        while (index > 0 && IsWordAt(line, PreviousBoundary(line, index)))
        {
            index = PreviousBoundary(line, index);
        }

        return index;
    }

    /// <summary>
    /// Cells the grapheme takes once drawn: what the sanitizer shows for it (a control becomes
    /// ^X), and at least one cell, as the screen buffer draws a lone combining mark on a circle.
    /// </summary>
    public static int CellWidth(ReadOnlySpan<char> grapheme)
    {
        if (Sanitizer.IsClean(grapheme))
        {
            return Math.Max(1, DisplayWidth.OfGrapheme(grapheme));
        }

        return Math.Max(1, DisplayWidth.OfText(Sanitizer.ToDisplayString(grapheme.ToString())));
    }

    /// <summary>Cells from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static int Width(string line, int start, int end)
    {
        var width = 0;
        for (var at = start; at < end; at = NextBoundary(line, at))
        {
            width += CellWidth(line.AsSpan(at, NextBoundary(line, at) - at));
        }

        return width;
    }

    /// <summary>
    /// The boundary in [start, end] whose column from <paramref name="start"/> is closest to
    /// <paramref name="column"/> without passing it (a wide glyph under the column is not entered).
    /// </summary>
    public static int OffsetAtColumn(string line, int start, int end, int column)
    {
        var x = 0;
        var at = start;
        while (at < end)
        {
            var next = NextBoundary(line, at);
            var width = CellWidth(line.AsSpan(at, next - at));
            if (x + width > column)
            {
                break;
            }

            x += width;
            at = next;
        }

        return at;
    }

    private static bool IsWordAt(string line, int index)
    {
        System.Text.Rune.DecodeFromUtf16(line.AsSpan(index), out var rune, out _);
        if (System.Text.Rune.IsLetterOrDigit(rune))
        {
            return true;
        }

        var category = System.Text.Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
    }
}
