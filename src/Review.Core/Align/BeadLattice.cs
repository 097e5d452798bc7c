namespace Review.Core.Align;

/// <summary>
/// The cells (i, j) — i source and j target sentences consumed — that the aligner visits: a band of
/// ± the beam around the line from (0, 0) to (n, m), widened by the slope so that a row always
/// reaches the next, stored row by row. Holds the three passes over the beads: best path
/// (Viterbi), forward and backward sums, which give each bead of the path its posterior.
/// </summary>
internal sealed class BeadLattice
{
    private readonly int[] _low;
    private readonly int[] _high;
    private readonly int[] _rowStart;

    public BeadLattice(int sourceCount, int targetCount, int beam)
    {
        SourceCount = sourceCount;
        TargetCount = targetCount;
        _low = new int[sourceCount + 1];
        _high = new int[sourceCount + 1];
        _rowStart = new int[sourceCount + 2];
        var slope = sourceCount == 0 ? targetCount : (double)targetCount / sourceCount;
        var width = beam + (int)Math.Ceiling(slope);
        for (var i = 0; i <= sourceCount; i++)
        {
            var center = sourceCount == 0 ? 0 : i * slope;
            _low[i] = Math.Max(0, (int)Math.Floor(center) - width);
            _high[i] = Math.Min(targetCount, (int)Math.Ceiling(center) + width);
            if (sourceCount == 0)
            {
                _high[i] = targetCount;
            }
            _rowStart[i + 1] = _rowStart[i] + _high[i] - _low[i] + 1;
        }
    }

    public int SourceCount { get; }

    public int TargetCount { get; }

    public int CellCount => _rowStart[SourceCount + 1];

    public int Low(int i) => _low[i];

    public int High(int i) => _high[i];

    public bool Contains(int i, int j) => j >= _low[i] && j <= _high[i];

    public int Cell(int i, int j) => _rowStart[i] + j - _low[i];

    /// <summary>The cheapest sequence of beads from (0, 0) to (n, m), each with its posterior.</summary>
    public AlignmentLink[] BestPath(double[] costs)
    {
        var beads = Bead.All;
        var best = Filled(double.PositiveInfinity);
        var forward = Filled(double.PositiveInfinity);
        var choice = new int[CellCount];
        best[0] = forward[0] = 0;
        for (var i = 0; i <= SourceCount; i++)
        {
            for (var j = _low[i]; j <= _high[i]; j++)
            {
                var cell = Cell(i, j);
                for (var b = 0; b < beads.Length; b++)
                {
                    var cost = costs[cell * beads.Length + b];
                    if (double.IsPositiveInfinity(cost))
                    {
                        continue;
                    }
                    var from = Cell(i - beads[b].Source, j - beads[b].Target);
                    if (best[from] + cost < best[cell])
                    {
                        best[cell] = best[from] + cost;
                        choice[cell] = b;
                    }
                    forward[cell] = LogAdd(forward[cell], forward[from] + cost);
                }
            }
        }
        var backward = Backward(costs);
        return Trace(costs, choice, forward, backward);
    }

    /// <summary>−log of the summed probability of every way from each cell to (n, m).</summary>
    private double[] Backward(double[] costs)
    {
        var beads = Bead.All;
        var backward = Filled(double.PositiveInfinity);
        backward[Cell(SourceCount, TargetCount)] = 0;
        for (var i = SourceCount; i >= 0; i--)
        {
            for (var j = _high[i]; j >= _low[i]; j--)
            {
                var cell = Cell(i, j);
                if (double.IsPositiveInfinity(backward[cell]))
                {
                    continue;
                }
                for (var b = 0; b < beads.Length; b++)
                {
                    var cost = costs[cell * beads.Length + b];
                    if (!double.IsPositiveInfinity(cost))
                    {
                        var from = Cell(i - beads[b].Source, j - beads[b].Target);
                        backward[from] = LogAdd(backward[from], backward[cell] + cost);
                    }
                }
            }
        }
        return backward;
    }

    private AlignmentLink[] Trace(double[] costs, int[] choice, double[] forward, double[] backward)
    {
        var beads = Bead.All;
        var total = forward[Cell(SourceCount, TargetCount)];
        var links = new List<AlignmentLink>();
        for (int i = SourceCount, j = TargetCount; i > 0 || j > 0;)
        {
            var cell = Cell(i, j);
            var bead = beads[choice[cell]];
            var from = Cell(i - bead.Source, j - bead.Target);
            var posterior = Math.Exp(total - forward[from] - costs[cell * beads.Length + choice[cell]] - backward[cell]);
            links.Add(new AlignmentLink(i - bead.Source, bead.Source, j - bead.Target, bead.Target, Math.Clamp(posterior, 0, 1)));
            i -= bead.Source;
            j -= bead.Target;
        }
        links.Reverse();
        return [.. links];
    }

    private double[] Filled(double value)
    {
        var cells = new double[CellCount];
        Array.Fill(cells, value);
        return cells;
    }

    /// <summary>−log(e^−a + e^−b): adds two probabilities held as costs.</summary>
    private static double LogAdd(double a, double b)
    {
        if (double.IsPositiveInfinity(a))
        {
            return b;
        }
        if (double.IsPositiveInfinity(b))
        {
            return a;
        }
        var low = Math.Min(a, b);
        return low - Math.Log(1 + Math.Exp(low - Math.Max(a, b)));
    }
}
