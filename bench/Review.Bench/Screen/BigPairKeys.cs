using System.Diagnostics;
using System.Globalization;
using System.Text;
using Review.Cli.Screen;
using Review.Core.Formats;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Storage.Sqlite;
using Review.Terminal.Input;

namespace Review.Bench.Screen;

/// <summary>
/// `Review.Bench bigpair [MB]`: one pair of MB megabytes per side (a suggestion too, so the diff
/// runs), opened on the real loop, store and renderer at 120x40; prints the time of each key up to
/// its flushed frame. A timed loop rather than BenchmarkDotNet: the first key after opening (the
/// diff) is part of what is measured, and it happens once per pair.
/// </summary>
public static class BigPairKeys
{
    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var path = Path.Combine(Path.GetTempPath(), $"review-bench-bigpair-{megabytes}.db");
        ScreenDatabase.Delete(path);
        var (source, target, suggestion) = Texts(megabytes << 20);
        using (var store = ReviewStore.Open(path))
        {
            using var batch = store.BeginImport("bigpair.jsonl", Guid.NewGuid().ToString("N"), "jsonl", "en", "ko");
            batch.Add(new NewPair(new PairRecord(1, "big-1", source, target, suggestion, null)));
            batch.Commit();
        }
        using var screen = new ReviewStoreScreen(path);
        KeyEvent[] keys = [.. Enumerable.Repeat(new KeyEvent(Key.Down), 10), .. Enumerable.Repeat(new KeyEvent(Key.PageDown), 5),
            new KeyEvent(Key.Tab), new KeyEvent(Key.Tab), KeyEvent.Char("?"), KeyEvent.Char("?"), .. Enumerable.Repeat(new KeyEvent(Key.Up), 10)];
        var times = new List<(double Ms, string Key)>();
        var open = Stopwatch.StartNew();
        screen.Loop.Start(new Navigation(NavigationKind.Resume, 0, PairFilter.All));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first frame (opens the pair, diffs it): {open.Elapsed.TotalMilliseconds:0} ms"));
        foreach (var key in keys)
        {
            var watch = Stopwatch.StartNew();
            screen.Loop.Handle(key);
            screen.Loop.Draw();
            times.Add((watch.Elapsed.TotalMilliseconds, $"{times.Count + 1}:{(key.Key == Key.Char ? key.Text : key.Key.ToString())}"));
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{megabytes} MB pair, {times.Count} keys: median {times[times.Count / 2].Ms:0.0} ms, max {times[^1].Ms:0.0} ms"));
        Console.WriteLine("slowest (key number:key ms): " + string.Join(", ", times.TakeLast(3).Reverse().Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Ms:0.0}"))));
        ScreenDatabase.Delete(path);
        return 0;
    }

    private static (string Source, string Target, string Suggestion) Texts(int bytes)
    {
        var source = new StringBuilder();
        var target = new StringBuilder();
        var suggestion = new StringBuilder();
        for (var i = 0; source.Length < bytes; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"Line {i}: the model improves the results of the method.\n");
            target.Append(CultureInfo.InvariantCulture, $"{i}번 줄: 모델은 방법의 결과를 개선한다.\n");
            suggestion.Append(CultureInfo.InvariantCulture, $"{i}번 줄: 모델{(i % 7 == 0 ? "이" : "은")} 방법의 결과를 개선한다.\n");
        }
        return (source.ToString(), target.ToString(), suggestion.ToString());
    }

    private sealed class ReviewStoreScreen : IDisposable
    {
        public ReviewStoreScreen(string path)
        {
            Store = ReviewStore.Open(path);
            var services = ScreenServices.Create(environment: _ => null);
            var state = ReviewState.Initial("bigpair.jsonl", "bench", Store.PairCount(), DateTimeOffset.UtcNow);
            Loop = new ReviewLoop(new DiscardingTerminal(120, 40), Store, state, services);
        }

        public ReviewStore Store { get; }

        public ReviewLoop Loop { get; }

        public void Dispose() => Store.Dispose();
    }
}
