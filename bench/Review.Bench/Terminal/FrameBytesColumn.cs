using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

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
        const int Steps = 99;
        var scenario = new FrameScenario(diff, dense);
        var before = scenario.BytesWritten;
        for (var step = 0; step < Steps; step++)
        {
            scenario.Step();
        }

        return (scenario.BytesWritten - before) / (double)Steps;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var diff = (bool)benchmarkCase.Parameters["Diff"];
        var dense = benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Dense", StringComparison.Ordinal);
        return Average(diff, dense).ToString("F0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
