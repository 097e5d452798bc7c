using System.Diagnostics;
using System.Globalization;
using System.Text;
using Review.Core.Checks;

namespace Review.Bench.Checks;

/// <summary>
/// <c>checkscale [MAX=1000000]</c>: what each check costs on one pair as the pair grows, to show that
/// none is worse than linear. The source and target are a software-string-like line repeated to
/// 10k, 100k and 1M characters, dense in everything a check scans for: numbers (a distinct one every
/// few characters, so nothing matches by luck), printf and brace placeholders, runs of spaces,
/// brackets, quotes, backticks, emphasis markers, URLs and accelerators. Prints the best of three
/// runs in milliseconds and the growth per tenfold size: about 10 is linear, 100 quadratic.
/// </summary>
public static class CheckScaling
{
    public static int Run(string[] args)
    {
        var max = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var sizes = new List<int>();
        for (var size = 10_000; size <= max; size *= 10)
        {
            sizes.Add(size);
        }

        var inputs = sizes.Select(size => (Source: Text(size, english: true), Target: Text(size, english: false))).ToArray();
        var runner = CheckCatalog.Create(null, CorpusProfile.Default with { Kind = TextKind.Software, AcceleratorMarker = '_' });
        Console.WriteLine($"{"check",-16}{string.Concat(sizes.Select(s => $"{s / 1000 + "k chars ms",14}"))}{"growth/10x",12}");
        foreach (var check in runner.Checks)
        {
            var times = inputs.Select(input => Best(() => check.Run(new CheckInput(input.Source, input.Target, "en", "ko"), []))).ToArray();
            var growth = times.Length > 1 ? Math.Pow(times[^1] / Math.Max(times[0], 1e-3), 1.0 / (times.Length - 1)) : double.NaN;
            Console.WriteLine($"{check.Id,-16}{string.Concat(times.Select(t => $"{t,14:F2}"))}{growth,12:F1}");
        }

        return 0;
    }

    private static double Best(Action run)
    {
        run();
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string Text(int length, bool english)
    {
        var builder = new StringBuilder(length + 200);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(english
                ? $"Copy {i} files to `dir{i}' at %s, {{0}} and %{i % 9 + 1}$d  (see https://example.org/{i}) *note* _File \"x\" [{i}] "
                : $"파일 {i + 7}개를 `dir{i}'에 %s, {{0}}, %{i % 9 + 1}$d 복사  (https://example.org/{i} 참조) *주의* 파일(_F) \"x\" [{i}] ");
        }

        return builder.ToString(0, length);
    }
}
