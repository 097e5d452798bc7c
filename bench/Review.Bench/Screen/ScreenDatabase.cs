using Review.Core.Formats;
using Review.Storage.Sqlite;

namespace Review.Bench.Screen;

/// <summary>
/// A review database of synthetic English-Korean pairs, a third with a suggestion, built once per
/// size and kept in the temp folder between runs (building a million pairs takes a while).
/// </summary>
public static class ScreenDatabase
{
    private static readonly string[] Words = ["model", "data", "training", "tokens", "results", "method", "layer", "corpus"];
    private static readonly string[] Hangul = ["모델은", "데이터를", "학습한다", "토큰", "결과가", "방법으로", "계층의", "말뭉치에서"];

    public static string PathFor(int pairs) => Path.Combine(Path.GetTempPath(), $"review-bench-screen-{pairs}.db");

    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public static string Ensure(int pairs)
    {
        var path = PathFor(pairs);
        if (File.Exists(path))
        {
            return path;
        }
        var building = path + ".building";
        Delete(building);
        using (var store = ReviewStore.Open(building))
        {
            using var batch = store.BeginImport($"synthetic-{pairs}.jsonl", Guid.NewGuid().ToString("N"), "jsonl", "en", "ko");
            for (var i = 1; i <= pairs; i++)
            {
                batch.Add(new NewPair(Record(i)));
            }
            batch.Commit();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    private static PairRecord Record(int i)
    {
        var source = $"Sentence {i}: the {Words[i % 8]} improves the {Words[(i / 8) % 8]} of the {Words[(i / 64) % 8]} by {i % 97}%.";
        var target = $"문장 {i}: {Hangul[i % 8]} {Hangul[(i / 8) % 8]} {Hangul[(i / 64) % 8]} {i % 97}% 개선한다.";
        var suggestion = i % 3 == 0 ? $"문장 {i}: {Hangul[i % 8]} {Hangul[(i / 64) % 8]} {i % 97}% 향상시킨다." : null;
        return new PairRecord(i, $"syn-{i:0000000}", source, target, suggestion, null);
    }
}
