using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Review.Core.Encodings;

namespace Review.Bench.Encodings;

/// <summary>
/// Repair cost on the sample corpus (100 rows) against an import-shaped baseline: parse the JSONL
/// and insert every pair into a WAL, synchronous=FULL SQLite file in one transaction. The setup also
/// prints the repair accuracy on the held-out Korean sample.
/// Run: <c>dotnet run -c Release --project bench/Review.Bench -- --filter '*RepairBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RepairBenchmarks
{
    private string[] _lines = [];
    private List<string> _column = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _lines = File.ReadAllLines(Path.Combine(root, "data", "arxiv-translator-ko.jsonl"));
        _column = _lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("arxiv-translator").GetString()!).ToList();
        _folder = Directory.CreateTempSubdirectory("review-bench-").FullName;
        var heldOut = File.ReadLines(Path.Combine(root, "tests", "Review.Core.Tests", "Encoding", "heldout-korean.txt"));
        var accuracy = RepairAccuracy.Measure(heldOut, CodePage.Windows874);
        Console.WriteLine($"// held-out accuracy: {accuracy.Restored} of {accuracy.Lost} lost syllables restored ({accuracy.Share:P2}) over {accuracy.Lines} lines");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public EncodingDetection DetectSampleColumn() => Mojibake.DetectColumn(_column);

    [Benchmark]
    public int DetectAndRepairSampleColumn()
    {
        var repairer = new MojibakeRepairer(Mojibake.DetectColumn(_column).Scheme!);
        return _column.Sum(text => repairer.Repair(text).Guesses.Count);
    }

    [Benchmark(Baseline = true)]
    public int ImportSampleWithoutRepair() => Import(repair: false);

    [Benchmark]
    public int ImportSampleWithRepair() => Import(repair: true);

    private int Import(bool repair)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        using var db = new SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        Execute(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE pair(ext TEXT, source TEXT, target TEXT, original TEXT, repair TEXT)");
        using var transaction = db.BeginTransaction();
        using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO pair VALUES ($e, $s, $t, $o, $r)";
        var parameters = new[] { "$e", "$s", "$t", "$o", "$r" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        var records = _lines.Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (Id: r.GetProperty("id").GetString()!, Source: r.GetProperty("text").GetString()!, Target: r.GetProperty("arxiv-translator").GetString()!))
            .ToList();
        var repairer = repair && Mojibake.DetectColumn(records.Select(r => r.Target)).Scheme is { } scheme ? new MojibakeRepairer(scheme) : null;
        foreach (var record in records)
        {
            var result = repairer?.Repair(record.Target);
            object?[] values = [record.Id, record.Source, result?.Text ?? record.Target, record.Target, result is null ? null : RepairJson.Serialize(result)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return records.Count;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
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
