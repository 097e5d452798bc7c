using System.Text;
using System.Text.Json;
using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// The texts of a change's two pairs as one JSON column, so that every backend stores what a
/// change replaced and wrote the same way: <c>[{"source":…,"target":…,"suggestion":…},{…}]</c>.
/// </summary>
public static class AlignmentJson
{
    public static string Write(AlignedTexts first, AlignedTexts second)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            WriteOne(writer, first);
            WriteOne(writer, second);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static (AlignedTexts First, AlignedTexts Second) Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement;
        return (ReadOne(items[0]), ReadOne(items[1]));
    }

    private static void WriteOne(Utf8JsonWriter writer, AlignedTexts texts)
    {
        writer.WriteStartObject();
        writer.WriteString("source", texts.Source);
        writer.WriteString("target", texts.Target);
        WriteOptional(writer, "suggestion", texts.Suggestion);
        WriteOptional(writer, "originalTarget", texts.OriginalTarget);
        WriteOptional(writer, "repair", texts.RepairJson);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
    }

    private static AlignedTexts ReadOne(JsonElement item) =>
        new(item.GetProperty("source").GetString()!, item.GetProperty("target").GetString()!, Optional(item, "suggestion"))
        {
            OriginalTarget = Optional(item, "originalTarget"),
            RepairJson = Optional(item, "repair"),
        };

    private static string? Optional(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;
}
