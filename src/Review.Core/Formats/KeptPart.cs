using System.Text;
using System.Text.Json;

namespace Review.Core.Formats;

/// <summary>
/// What review keeps of one element of an XML format without interpreting it (a TMX <c>tu</c> or
/// <c>tuv</c>, an XLIFF unit): its other attributes and its text-only children (props, notes), in
/// file order. In the metadata it is
/// <c>{"attributes":{"name":"value"},"elements":[{"name":"prop","attributes":{...},"text":"..."}]}</c>,
/// each key left out when empty.
/// </summary>
internal sealed class KeptPart
{
    public List<KeptAttribute> Attributes { get; init; } = [];

    public List<KeptElement> Elements { get; init; } = [];

    public bool IsEmpty => Attributes.Count == 0 && Elements.Count == 0;

    public void AppendJson(StringBuilder json)
    {
        json.Append('{');
        var comma = false;
        if (Attributes.Count > 0)
        {
            json.Append("\"attributes\":");
            AppendAttributes(json, Attributes);
            comma = true;
        }
        if (Elements.Count > 0)
        {
            json.Append(comma ? "," : "").Append("\"elements\":[");
            for (var i = 0; i < Elements.Count; i++)
            {
                var element = Elements[i];
                json.Append(i == 0 ? "" : ",").Append("{\"name\":").Append(JsonStrings.Quote(element.Name));
                if (element.Attributes.Count > 0)
                {
                    json.Append(",\"attributes\":");
                    AppendAttributes(json, element.Attributes);
                }
                json.Append(",\"text\":").Append(JsonStrings.Quote(element.Text)).Append('}');
            }
            json.Append(']');
        }
        json.Append('}');
    }

    /// <summary>The part a metadata object holds under <paramref name="name"/>; empty when it is absent or not in this shape.</summary>
    public static KeptPart From(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var part) || part.ValueKind != JsonValueKind.Object)
        {
            return new KeptPart();
        }
        var kept = new KeptPart { Attributes = ReadAttributes(part) };
        if (part.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in elements.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object
                    && element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                    && element.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    kept.Elements.Add(new KeptElement(n.GetString()!, ReadAttributes(element), t.GetString()!));
                }
            }
        }
        return kept;
    }

    private static List<KeptAttribute> ReadAttributes(JsonElement owner)
    {
        var attributes = new List<KeptAttribute>();
        if (owner.TryGetProperty("attributes", out var all) && all.ValueKind == JsonValueKind.Object)
        {
            foreach (var attribute in all.EnumerateObject())
            {
                if (attribute.Value.ValueKind == JsonValueKind.String)
                {
                    attributes.Add(new KeptAttribute(attribute.Name, attribute.Value.GetString()!));
                }
            }
        }
        return attributes;
    }

    private static void AppendAttributes(StringBuilder json, IReadOnlyList<KeptAttribute> attributes)
    {
        json.Append('{');
        for (var i = 0; i < attributes.Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(JsonStrings.Quote(attributes[i].Name)).Append(':').Append(JsonStrings.Quote(attributes[i].Value));
        }
        json.Append('}');
    }
}
