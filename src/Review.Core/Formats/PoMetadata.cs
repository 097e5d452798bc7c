using System.Text.Encodings.Web;
using System.Text.Json;

namespace Review.Core.Formats;

/// <summary>
/// What a PO entry keeps in a pair's metadata, under the key <c>po</c>: everything of the entry
/// that is not the pair's source and target, so that the PO writer can put the entry back.
/// <see cref="Header"/> and <see cref="Obsolete"/> ride on one pair of the file (raw text):
/// they are not pairs, but an export must give them back.
/// </summary>
public sealed record PoMetadata
{
    public const string Key = "po";

    // Source-generated, as the Native AOT binary has no reflection-based serialisation.
    private static readonly PoMetadataJson Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    });

    public string? Msgctxt { get; init; }

    public string Msgid { get; init; } = "";

    public string? MsgidPlural { get; init; }

    /// <summary>Which msgstr[i] this pair is; null for an entry without plurals.</summary>
    public int? PluralForm { get; init; }

    public int? PluralForms { get; init; }

    public IReadOnlyList<string>? TranslatorComments { get; init; }

    public IReadOnlyList<string>? ExtractedComments { get; init; }

    public IReadOnlyList<string>? References { get; init; }

    public IReadOnlyList<string>? Flags { get; init; }

    public IReadOnlyList<string>? Previous { get; init; }

    public string? Header { get; init; }

    public string? Obsolete { get; init; }

    public bool IsFuzzy => Flags?.Contains("fuzzy") == true;

    public string ToJson() => $"{{\"{Key}\":{JsonSerializer.Serialize(this, Json.PoMetadata)}}}";

    /// <summary>The PO part of a pair's metadata, or null when the pair did not come from a PO file.</summary>
    public static PoMetadata? Of(string? metadataJson)
    {
        if (metadataJson is null || !metadataJson.Contains($"\"{Key}\"", StringComparison.Ordinal))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(metadataJson);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(Key, out var po)
                && po.ValueKind == JsonValueKind.Object
                ? po.Deserialize(Json.PoMetadata)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static PoMetadata From(PoEntry entry, int? form) => new()
    {
        Msgctxt = entry.Context,
        Msgid = entry.Id!,
        MsgidPlural = entry.IdPlural,
        PluralForm = form,
        PluralForms = form is null ? null : entry.Translations.Count,
        TranslatorComments = NullIfEmpty(entry.TranslatorComments),
        ExtractedComments = NullIfEmpty(entry.ExtractedComments),
        References = NullIfEmpty(entry.References),
        Flags = NullIfEmpty(entry.Flags),
        Previous = NullIfEmpty(entry.Previous),
    };

    private static List<string>? NullIfEmpty(List<string> list) => list.Count == 0 ? null : [.. list];
}
