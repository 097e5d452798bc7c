using System.Globalization;
using System.Text.Json;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Cli.Commands;

/// <summary>The <c>review stats --json</c> object: pairs, by_status, by_annotator, imports, findings_by_check, last_session.</summary>
internal static class StatsJson
{
    public static string Of(StoreStats stats)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("pairs", stats.PairCount);
            json.WriteStartObject("by_status");
            foreach (var status in Enum.GetValues<PairStatus>())
            {
                json.WriteNumber(PairNames.Of(status), stats.ByStatus.GetValueOrDefault(status));
            }
            json.WriteEndObject();
            Counts(json, "by_annotator", stats.ByAnnotator);
            Counts(json, "findings_by_check", stats.FindingsByCheck);
            Session(json, stats);
            Imports(json, stats.Imports);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }
        json.WriteEndObject();
    }

    private static void Session(Utf8JsonWriter json, StoreStats stats)
    {
        if (stats.PairsPerHourLastSession is { } rate)
        {
            json.WriteNumber("pairs_per_hour_last_session", Math.Round(rate, 1));
        }
        else
        {
            json.WriteNull("pairs_per_hour_last_session");
        }
        if (stats.LastSession is not { } session)
        {
            json.WriteNull("last_session");
            return;
        }
        json.WriteStartObject("last_session");
        json.WriteString("start", Iso(session.Start));
        json.WriteString("end", Iso(session.End));
        json.WriteNumber("pairs", session.Pairs);
        json.WriteNumber("decisions", session.Decisions);
        json.WriteEndObject();
    }

    private static void Imports(Utf8JsonWriter json, IReadOnlyList<ImportInfo> imports)
    {
        json.WriteStartArray("imports");
        foreach (var import in imports)
        {
            json.WriteStartObject();
            json.WriteNumber("id", import.Id);
            json.WriteString("file", import.FileName);
            json.WriteString("format", import.Format);
            json.WriteString("source_lang", import.SourceLang);
            json.WriteString("target_lang", import.TargetLang);
            json.WriteNumber("pairs", import.PairCount);
            json.WriteString("at", Iso(import.At));
            json.WriteString("content_hash", import.ContentHash);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static string Iso(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
