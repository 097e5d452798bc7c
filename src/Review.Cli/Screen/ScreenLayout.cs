using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// Splits the frame: a header row, the panes, a hint (or prompt) row and a status row. Panes get
/// the rows their wrapped text needs, shared fairly when it does not all fit; the suggestion
/// pane sits beside the target when the terminal is wide, and under it when narrow; so do the
/// annotators' decisions while adjudicating, the others beside the first.
/// </summary>
internal sealed record ScreenLayout(Rect Header, IReadOnlyList<PaneArea> Panes, Rect Hints, Rect Status)
{
    public const int SideBySideWidth = 100;

    /// <param name="need">The wrapped content height of a pane at a width.</param>
    public static ScreenLayout For(int width, int height, IReadOnlyList<Pane> panes, Func<Pane, int, int> need)
    {
        var area = new Rect(0, 0, width, height);
        var header = area.TakeTop(1);
        var status = area.TakeBottom(1);
        var hints = height >= 4 ? area.SkipBottom(1).TakeBottom(1) : new Rect(0, 0, 0, 0);
        var body = new Rect(0, 1, width, Math.Max(0, height - 1 - (hints.IsEmpty ? 1 : 2)));
        var sideBySide = width >= SideBySideWidth;
        var bands = Bands(panes, sideBySide);
        var heights = Share(body.Height, bands.Select(b => 1 + b.Max(p => need(p, ColumnWidth(width, b.Count)))).ToList(),
            bands.FindIndex(b => b.Contains(Pane.Target)));
        var areas = new List<PaneArea>();
        var y = body.Y;
        for (var i = 0; i < bands.Count; i++)
        {
            areas.AddRange(Place(bands[i], new Rect(0, y, width, heights[i])));
            y += heights[i];
        }
        return new ScreenLayout(header, areas, hints, status);
    }

    public PaneArea? Find(Pane pane) => Panes.Where(p => p.Pane == pane).Select(p => (PaneArea?)p).FirstOrDefault();

    private static List<List<Pane>> Bands(IReadOnlyList<Pane> panes, bool sideBySide)
    {
        var bands = new List<List<Pane>>();
        foreach (var pane in panes)
        {
            if (sideBySide && BesideOf(pane) is { } partner && bands.SingleOrDefault(b => b.Contains(partner)) is { } band)
            {
                band.Add(pane);
                continue;
            }
            bands.Add([pane]);
        }
        return bands;
    }

    private static Pane? BesideOf(Pane pane) => pane switch
    {
        Pane.Suggestion => Pane.Target,
        Pane.OtherDecisions => Pane.FirstDecision,
        _ => null,
    };

    private static int ColumnWidth(int width, int columns) => columns == 1 ? width : (width - 1) / 2;

    private static IEnumerable<PaneArea> Place(List<Pane> band, Rect rect)
    {
        var columnWidth = ColumnWidth(rect.Width, band.Count);
        for (var i = 0; i < band.Count; i++)
        {
            var column = new Rect(rect.X + (i * (columnWidth + 1)), rect.Y, columnWidth, rect.Height);
            yield return new PaneArea(band[i], column.TakeTop(1), column.SkipTop(1));
        }
    }

    /// <summary>
    /// Fair shares by water-filling: small needs are met in full, the rest split what is left.
    /// Every band keeps its title and one row when the space allows; spare rows go to the target.
    /// </summary>
    private static int[] Share(int available, List<int> needs, int target)
    {
        var heights = new int[needs.Count];
        var order = Enumerable.Range(0, needs.Count).OrderBy(i => needs[i]).ToList();
        var left = available;
        for (var k = 0; k < order.Count; k++)
        {
            var fair = left / (order.Count - k);
            var i = order[k];
            heights[i] = Math.Min(Math.Max(needs[i], Math.Min(2, fair)), fair);
            left -= heights[i];
        }
        if (needs.Count > 0)
        {
            heights[target >= 0 ? target : Math.Min(1, needs.Count - 1)] += left;
        }
        return heights;
    }
}
