using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Review.Bench.Terminal;

/// <summary>
/// Processor time per frame, measured in the host over 500 frames after a warm-up. On a shared
/// machine wall-clock time mostly measures the other processes; CPU time measures the renderer.
/// </summary>
public sealed class FrameCpuTimeColumn : IColumn
{
    private const int Frames = 500;

    public string Id => nameof(FrameCpuTimeColumn);

    public string ColumnName => "CPU ms/frame";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Process CPU time per draw+flush, measured in the host";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var scenario = new FrameScenario(
            (bool)benchmarkCase.Parameters["Diff"],
            benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Dense", StringComparison.Ordinal));
        WarmUp(scenario);

        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < Frames; i++)
        {
            scenario.Step();
        }

        process.Refresh();
        return ((process.TotalProcessorTime - before).TotalMilliseconds / Frames).ToString("F3", CultureInfo.InvariantCulture);
    }

    /// <summary>Runs frames until tiered compilation has settled, so background JIT work is not counted as the renderer's.</summary>
    private static void WarmUp(FrameScenario scenario)
    {
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 200; i++)
            {
                scenario.Step();
            }

            Thread.Sleep(300);
        }
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
