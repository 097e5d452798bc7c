using System.Globalization;
using System.Text;
using System.Text.Json;
using Review.Core.Checks;

namespace Review.Storage.Postgres;

/// <summary>Spans are stored as a JSON array of [start, length] pairs, as on SQLite (readable with the server's json functions).</summary>
internal static class PgSpans
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
        var pairs = JsonSerializer.Deserialize(json, PgSpanJson.Default.Int32ArrayArray) ?? [];
        return [.. pairs.Select(p => new TextSpan(p[0], p[1]))];
    }
}
