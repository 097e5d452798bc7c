using System.Text;
using System.Text.Json;

namespace Review.Core.Formats;

/// <summary>
/// A pair's metadata seen by an XML format: the object under the format's own key (<c>"tmx"</c>,
/// <c>"xliff"</c>) is what came from such a file and is written back as that format's markup;
/// every other key is the rest, which the format carries as one JSON text (TMX
/// <c>&lt;prop type="x-metadata"&gt;</c>, XLIFF <c>review:metadata</c>) so that nothing is lost.
/// </summary>
internal sealed class KeptMetadata
{
    private KeptMetadata(string? rest, JsonElement own)
    {
        Rest = rest;
        Own = own;
    }

    /// <summary>The metadata's other keys as a JSON object, their values as written; null when there are none.</summary>
    public string? Rest { get; }

    /// <summary>The object under the format's key; <see cref="JsonValueKind.Undefined"/> when there is none.</summary>
    public JsonElement Own { get; }

    public static KeptMetadata Split(string? metadataJson, string key)
    {
        if (metadataJson is null)
        {
            return new KeptMetadata(null, default);
        }
        using var document = JsonDocument.Parse(metadataJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return new KeptMetadata(metadataJson, default);
        }
        var rest = new StringBuilder();
        JsonElement own = default;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name == key && property.Value.ValueKind == JsonValueKind.Object)
            {
                own = property.Value.Clone();
                continue;
            }
            rest.Append(rest.Length == 0 ? "{" : ",").Append(JsonStrings.Quote(property.Name)).Append(':').Append(property.Value.GetRawText());
        }
        return new KeptMetadata(rest.Length == 0 ? null : rest.Append('}').ToString(), own);
    }

    /// <summary>
    /// The metadata for a pair read from a file: <paramref name="rest"/> (a JSON object, or null)
    /// with <paramref name="own"/> added under <paramref name="key"/> when it says anything.
    /// </summary>
    public static string? Join(string? rest, string key, string? own)
    {
        if (own is null)
        {
            return rest;
        }
        var member = JsonStrings.Quote(key) + ":" + own;
        return rest is null || rest.Trim() == "{}" ? "{" + member + "}" : rest.TrimEnd()[..^1] + "," + member + "}";
    }

    /// <summary>Parts by name as a JSON object, leaving out empty ones; null when all are empty.</summary>
    public static string? Object(params (string Name, KeptPart Part)[] parts)
    {
        var json = new StringBuilder();
        foreach (var (name, part) in parts.Where(p => !p.Part.IsEmpty))
        {
            json.Append(json.Length == 0 ? "{" : ",").Append(JsonStrings.Quote(name)).Append(':');
            part.AppendJson(json);
        }
        return json.Length == 0 ? null : json.Append('}').ToString();
    }

    /// <summary>Whether <paramref name="json"/> is a JSON object, as a file's <c>x-metadata</c> must be.</summary>
    public static bool IsObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
