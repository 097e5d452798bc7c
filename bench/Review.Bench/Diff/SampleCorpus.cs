using System.Text;
using System.Text.Json;

namespace Review.Bench.Diff;

/// <summary>
/// Reads the pairs in data/: the demo set as it is (target against the human suggestion), and the
/// sample corpus with its Korean decoded from the mojibake (lossy: the bytes the wrong decoding
/// dropped become U+FFFD), which is only diff input here, not a repair.
/// </summary>
internal static class SampleCorpus
{
    public static string DataFile(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "data", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"data/{name} not found above {AppContext.BaseDirectory}");
    }

    public static IEnumerable<(string Target, string Suggestion)> DemoPairs() =>
        Records("demo-ko.jsonl").Select(r => (r.GetProperty("target").GetString()!, r.GetProperty("suggestion").GetString()!));

    public static IEnumerable<string> KoreanTargets()
    {
        var bytes = MojibakeBytes();
        return Records("arxiv-translator-ko.jsonl").Select(r => Decode(r.GetProperty("arxiv-translator").GetString()!, bytes));
    }

    private static IEnumerable<JsonElement> Records(string name) =>
        File.ReadLines(DataFile(name)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());

    private static string Decode(string garbled, Dictionary<char, byte> bytes)
    {
        var raw = new List<byte>(garbled.Length);
        foreach (var c in garbled)
        {
            if (bytes.TryGetValue(c, out var b))
            {
                raw.Add(b);
            }
        }
        return Encoding.UTF8.GetString([.. raw]);
    }

    // The wrong decoding: Windows-874, with Windows-1252 for 0x80-0x9F.
    private static Dictionary<char, byte> MojibakeBytes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var thai = Encoding.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var western = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var map = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            var decoded = (b is >= 0x80 and <= 0x9F ? western : thai).GetString([(byte)b]);
            if (decoded.Length == 1 && decoded[0] != '\uFFFD')
            {
                map.TryAdd(decoded[0], (byte)b);
            }
        }
        return map;
    }
}
