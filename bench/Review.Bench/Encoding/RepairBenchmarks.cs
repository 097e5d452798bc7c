using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Review.Core.Encoding;

namespace Review.Bench.Encoding;

/// <summary>
/// Repair speed on the sample corpus's Korean column (100 rows), and, printed once in the setup,
/// the repair accuracy on the held-out Korean sample.
/// Run: <c>dotnet run -c Release --project bench/Review.Bench -- --filter '*RepairBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RepairBenchmarks
{
    private List<string> column = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        column = File.ReadLines(Path.Combine(root, "data", "arxiv-translator-ko.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("arxiv-translator").GetString()!)
            .ToList();
        var heldOut = File.ReadLines(Path.Combine(root, "tests", "Review.Core.Tests", "Encoding", "heldout-korean.txt"));
        var accuracy = RepairAccuracy.Measure(heldOut, CodePage.Windows874);
        Console.WriteLine($"// held-out accuracy: {accuracy.Restored} of {accuracy.Lost} lost syllables restored ({accuracy.Share:P2}) over {accuracy.Lines} lines");
    }

    [Benchmark]
    public EncodingDetection DetectSampleColumn() => Mojibake.DetectColumn(column);

    [Benchmark]
    public int DetectAndRepairSampleColumn()
    {
        var repairer = new MojibakeRepairer(Mojibake.DetectColumn(column).Scheme!);
        return column.Sum(text => repairer.Repair(text).Guesses.Count);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Review.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
