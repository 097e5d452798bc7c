using System.Globalization;
using System.Text;
using System.Text.Json;
using Review.Core.Checks;

namespace Review.Core.Ports;

/// <summary>
/// How every backend stores a finding's spans: a JSON array of [start, length] pairs, which SQLite's
/// and PostgreSQL's json functions can read, so a database moved between them keeps the same text.
/// </summary>
public static class StoredSpans
{
    public static string Write(IReadOnlyList<TextSpan> spans)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < spans.Count; i++)
        {
            text.Append(i == 0 ? "[" : ",[")
                .Append(spans[i].Start.ToString(CultureInfo.InvariantCulture))
                .Append(',')
                .Append(spans[i].Length.ToString(CultureInfo.InvariantCulture))
                .Append(']');
        }
        return text.Append(']').ToString();
    }

    public static IReadOnlyList<TextSpan> Read(string json)
    {
        var pairs = JsonSerializer.Deserialize(json, StoredSpanJson.Default.Int32ArrayArray) ?? [];
        return [.. pairs.Select(p => new TextSpan(p[0], p[1]))];
    }
}
