using Review.Core.Checks;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// Marks the spans findings point at. Pieces are split at span edges, which fall on grapheme
/// boundaries (a Finding guarantees it), so a highlight never cuts a grapheme.
/// </summary>
internal static class Highlighter
{
    public static IReadOnlyList<StyledSpan> Apply(IEnumerable<TextPiece> pieces, IReadOnlyList<TextSpan> spans, Style highlight)
    {
        var result = new List<StyledSpan>();
        foreach (var piece in pieces)
        {
            if (piece.Offset < 0 || spans.Count == 0)
            {
                result.Add(piece.ToSpan());
                continue;
            }
            Split(piece, spans, highlight, result);
        }
        return result;
    }

    private static void Split(TextPiece piece, IReadOnlyList<TextSpan> spans, Style highlight, List<StyledSpan> into)
    {
        var cuts = new SortedSet<int> { 0, piece.Text.Length };
        foreach (var span in spans)
        {
            AddCut(cuts, span.Start - piece.Offset, piece.Text.Length);
            AddCut(cuts, span.End - piece.Offset, piece.Text.Length);
        }
        var edges = cuts.ToArray();
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var start = edges[i];
            var text = piece.Text[start..edges[i + 1]];
            var marked = spans.Any(s => s.Start <= piece.Offset + start && piece.Offset + start < s.End);
            into.Add(new StyledSpan(text, marked ? Overlay(piece.Style, highlight) : piece.Style));
        }
    }

    private static void AddCut(SortedSet<int> cuts, int at, int length)
    {
        if (at > 0 && at < length)
        {
            cuts.Add(at);
        }
    }

    private static Style Overlay(Style style, Style highlight) =>
        new(highlight.Foreground, highlight.Background, style.Attributes | highlight.Attributes);
}
