using System.Text.Json;

namespace Review.Core.Tests.Align;

/// <summary>A paragraph pair of an alignment test set: its sentences and the true links.</summary>
internal sealed record GoldParagraph(string Id, string[] Source, string[] Target, (int[] Source, int[] Target)[] Links)
{
    public static IEnumerable<GoldParagraph> Read(string fileName)
    {
        foreach (var line in File.ReadLines(DataFile(fileName)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new GoldParagraph(
                root.GetProperty("id").GetString()!,
                Strings(root.GetProperty("source")),
                Strings(root.GetProperty("target")),
                [.. root.GetProperty("links").EnumerateArray().Select(link => (Ints(link[0]), Ints(link[1])))]);
        }
    }

    public static string DataFile(string fileName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Review.Core.Tests", "Align", "Data", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{fileName} not found above {AppContext.BaseDirectory}");
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];
}
