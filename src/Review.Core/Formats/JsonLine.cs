using System.Text.Json;

namespace Review.Core.Formats;

/// <summary>Tokenizes one JSONL line into its top-level fields without materialising values it does not need.</summary>
internal static class JsonLine
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 };

    /// <summary>Fills <paramref name="fields"/>; returns a problem description, or null when the line is one JSON object.</summary>
    public static string? Parse(ReadOnlySpan<byte> line, List<JsonField> fields)
    {
        fields.Clear();
        var reader = new Utf8JsonReader(line, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "expected a JSON object";
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonStrings.Unescape(reader.ValueSpan, reader.ValueIsEscaped);
                // Readers disagree on a repeated key (Python and jq keep the last, others the first), so it is refused.
                if (fields.Exists(f => f.Name == name))
                {
                    return $"duplicate key \"{name}\"";
                }
                reader.Read();
                fields.Add(ReadValue(ref reader, name));
            }
            return reader.Read() ? "unexpected content after the JSON object" : null;
        }
        catch (JsonException e)
        {
            return $"broken JSON at byte {e.BytePositionInLine}: {FirstSentence(e.Message)}";
        }
    }

    private static JsonField ReadValue(ref Utf8JsonReader reader, string name)
    {
        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.String)
        {
            var end = (int)reader.BytesConsumed;
            return new JsonField(name, start, end - start, true, false, start + 1, end - start - 2, reader.ValueIsEscaped);
        }
        var isNull = reader.TokenType == JsonTokenType.Null;
        reader.Skip();
        var length = (int)reader.BytesConsumed - start;
        return new JsonField(name, start, length, false, isNull, start, length, false);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.', ' ') : message;
    }
}
