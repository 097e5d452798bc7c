using System.Globalization;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// How much of a text a pane lays out. Wrapping and drawing cost grows with the text, and a 5 MB
/// pair took 1.3-2.0 s per key when every frame wrapped all of it; a pane shows the first
/// <see cref="MaxChars"/> characters and then says how much is not shown. The pair itself is
/// untouched: decisions, the editor and exports see the whole text.
/// </summary>
internal static class PaneBudget
{
    /// <summary>About 400 wrapped lines of 100 columns: far more than a screen, and wrapped within a few milliseconds.</summary>
    public const int MaxChars = 40_000;

    /// <summary>The pieces up to <see cref="MaxChars"/>, so that highlighting never walks the rest either.</summary>
    public static IEnumerable<TextPiece> Take(IEnumerable<TextPiece> pieces)
    {
        var room = MaxChars;
        foreach (var piece in pieces)
        {
            if (piece.Text.Length <= room)
            {
                room -= piece.Text.Length;
                yield return piece;
                continue;
            }
            if (room > 0)
            {
                yield return piece with { Text = piece.Text[..CutAt(piece.Text, room)] };
            }
            yield break;
        }
    }

    /// <summary>Spans already cut by <see cref="Take"/>, with the note when the whole text (<paramref name="total"/> characters) did not fit.</summary>
    public static IReadOnlyList<StyledSpan> Noted(IReadOnlyList<StyledSpan> spans, long total, Style noteStyle) =>
        total <= MaxChars ? spans : [.. spans, Note(total, noteStyle)];

    public static IReadOnlyList<StyledSpan> Cap(IReadOnlyList<StyledSpan> spans, Style noteStyle)
    {
        var total = 0L;
        foreach (var span in spans)
        {
            total += span.Text.Length;
        }
        if (total <= MaxChars)
        {
            return spans;
        }
        var kept = new List<StyledSpan>();
        var room = MaxChars;
        foreach (var span in spans)
        {
            if (span.Text.Length <= room)
            {
                kept.Add(span);
                room -= span.Text.Length;
                continue;
            }
            if (room > 0)
            {
                kept.Add(span with { Text = span.Text[..CutAt(span.Text, room)] });
            }
            break;
        }
        kept.Add(Note(total, noteStyle));
        return kept;
    }

    private static StyledSpan Note(long total, Style style) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"\n… truncated: {total - MaxChars:N0} more characters are not shown here ({total:N0} in all); the editor and exports have the whole text"),
        style);

    // Never between the two halves of a surrogate pair.
    private static int CutAt(string text, int length) =>
        length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}
