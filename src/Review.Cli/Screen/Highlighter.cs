using Review.Core.Checks;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// Marks the spans findings and encoding guesses point at. Pieces are split at span edges, which
/// fall on grapheme boundaries (a Finding guarantees it, and a guess is one whole character), so a
/// highlight never cuts a grapheme.
/// </summary>
internal static class Highlighter
{
    public static IReadOnlyList<StyledSpan> Apply(IEnumerable<TextPiece> pieces, IReadOnlyList<TextSpan> spans, Style highlight) =>
        Apply(pieces, [new HighlightLayer(spans, highlight)]);

    public static IReadOnlyList<StyledSpan> Apply(IEnumerable<TextPiece> pieces, IReadOnlyList<HighlightLayer> layers)
    {
        var result = new List<StyledSpan>();
        var marking = layers.Where(l => l.Spans.Count > 0).ToList();
        foreach (var piece in pieces)
        {
            if (piece.Offset < 0 || marking.Count == 0)
            {
                result.Add(piece.ToSpan());
                continue;
            }
            Split(piece, marking, result);
        }
        return result;
    }

    private static void Split(TextPiece piece, IReadOnlyList<HighlightLayer> layers, List<StyledSpan> into)
    {
        var cuts = new SortedSet<int> { 0, piece.Text.Length };
        foreach (var span in layers.SelectMany(l => l.Spans))
        {
            AddCut(cuts, span.Start - piece.Offset, piece.Text.Length);
            AddCut(cuts, span.End - piece.Offset, piece.Text.Length);
        }
        var edges = cuts.ToArray();
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var start = edges[i];
            var at = piece.Offset + start;
            var style = piece.Style;
            foreach (var layer in layers.Where(l => l.Spans.Any(s => s.Start <= at && at < s.End)))
            {
                style = Overlay(style, layer.Style);
            }
            into.Add(new StyledSpan(piece.Text[start..edges[i + 1]], style));
        }
    }

    private static void AddCut(SortedSet<int> cuts, int at, int length)
    {
        if (at > 0 && at < length)
        {
            cuts.Add(at);
        }
    }

    // A layer with default colours adds only its attributes (the current guess's marker).
    private static Style Overlay(Style style, Style highlight) => new(
        highlight.Foreground == Color.Default ? style.Foreground : highlight.Foreground,
        highlight.Background == Color.Default ? style.Background : highlight.Background,
        style.Attributes | highlight.Attributes);
}
