using System.Globalization;
using System.Text;
using Review.Core.Formats;

namespace Review.Bench.Corpus;

/// <summary>
/// <c>generate N FOLDER [SEED]</c>: writes FOLDER/synthetic-N.jsonl and FOLDER/synthetic-N.tsv with the same N pairs
/// (columns id, source, target, suggestion; an empty suggestion cell means none).
/// </summary>
public static class CorpusGenerator
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: Review.Bench generate N FOLDER [SEED]");
            return 2;
        }
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
        Directory.CreateDirectory(args[1]);
        var stem = Path.Combine(args[1], $"synthetic-{count}");
        Write(stem, count, seed);
        Console.WriteLine($"wrote {count} pairs to {stem}.jsonl and {stem}.tsv");
        return 0;
    }

    private static void Write(string stem, long count, int seed)
    {
        var utf8 = new UTF8Encoding(false);
        using var jsonl = new StreamWriter(stem + ".jsonl", false, utf8, 1 << 20);
        using var tsv = new StreamWriter(stem + ".tsv", false, utf8, 1 << 20);
        tsv.Write("id\tsource\ttarget\tsuggestion\n");
        var corpus = new SyntheticCorpus(seed);
        for (long i = 1; i <= count; i++)
        {
            var (id, source, target, suggestion) = corpus.Next(i);
            jsonl.Write($"{{\"id\":{JsonStrings.Quote(id)},\"source\":{JsonStrings.Quote(source)},\"target\":{JsonStrings.Quote(target)}");
            jsonl.Write(suggestion is null ? "}\n" : $",\"suggestion\":{JsonStrings.Quote(suggestion)}}}\n");
            tsv.Write($"{id}\t{source}\t{target}\t{suggestion}\n");
        }
    }
}
