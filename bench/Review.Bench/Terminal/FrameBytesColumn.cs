using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Review.Terminal.Output;

namespace Review.Bench.Terminal;

/// <summary>
/// Bytes written per frame, averaged over 99 steps from one pair to the next. The figure is
/// deterministic, so it is computed here in the host rather than measured in the benchmark process.
/// </summary>
public sealed class FrameBytesColumn : IColumn
{
    public string Id => nameof(FrameBytesColumn);

    public string ColumnName => "Bytes/frame";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Average bytes the renderer writes per frame";

    public static double Average(bool diff, bool dense)
    {
        var terminal = dense ? new CountingTerminal(200, 60) : new CountingTerminal(120, 40);
        var renderer = new Renderer(terminal, new RendererOptions(Diff: diff));
        var screen = new ReviewLikeScreen();
        Action<Review.Terminal.Buffers.ScreenBuffer, int> draw = dense ? screen.DrawDense : screen.Draw;
        renderer.Draw(frame => draw(frame, 0));
        var before = terminal.BytesWritten;
        const int Steps = 99;
        for (var step = 1; step <= Steps; step++)
        {
            renderer.Draw(frame => draw(frame, dense ? step % 2 : step));
        }

        return (terminal.BytesWritten - before) / (double)Steps;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var diff = (bool)benchmarkCase.Parameters["Diff"];
        var dense = benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Dense", StringComparison.Ordinal);
        return Average(diff, dense).ToString("F0");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
