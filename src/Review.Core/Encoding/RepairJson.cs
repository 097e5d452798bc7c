using System.Text.Encodings.Web;
using System.Text.Json;

namespace Review.Core.Encodings;

/// <summary>
/// The stored form of a repair (Pair.RepairJson): the scheme, whether the text was cut, and every
/// guess with its offset, length, choice, alternatives and confidence. Null when nothing was guessed or cut.
/// </summary>
public static class RepairJson
{
    /// <summary>Writer options that keep Hangul and CJK readable instead of \u-escaping them.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Serialize(RepairResult result)
    {
        if (result.Scheme is null && !result.Truncated)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            WriteBody(writer, result);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <c>encoding</c>, <c>truncated</c> and <c>guesses</c> into an object already started.</summary>
    public static void WriteBody(Utf8JsonWriter writer, RepairResult result)
    {
        writer.WriteString("encoding", result.Scheme?.Name);
        writer.WriteBoolean("truncated", result.Truncated);
        writer.WriteStartArray("guesses");
        foreach (var guess in result.Guesses)
        {
            writer.WriteStartObject();
            writer.WriteNumber("offset", guess.Offset);
            writer.WriteNumber("length", guess.Length);
            writer.WriteString("chosen", guess.Chosen);
            writer.WriteStartArray("alternatives");
            foreach (var alternative in guess.Alternatives)
            {
                writer.WriteStringValue(alternative);
            }

            writer.WriteEndArray();
            writer.WriteNumber("confidence", Math.Round(guess.Confidence, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A stored repair read back, so its findings can be rebuilt whenever the checks run again;
    /// null when nothing was stored. The count of characters left unrepaired is not stored.
    /// </summary>
    public static RepairResult? Parse(string original, string text, string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var scheme = root.TryGetProperty("encoding", out var name) && name.GetString() is { } s ? GarbleScheme.Parse(s) : null;
        var truncated = root.TryGetProperty("truncated", out var cut) && cut.GetBoolean();
        return new RepairResult(original, text, scheme, ParseGuesses(json), truncated, 0);
    }

    /// <summary>The guesses of a stored repair; empty for null or for JSON without guesses.</summary>
    public static IReadOnlyList<RepairGuess> ParseGuesses(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("guesses", out var guesses))
        {
            return [];
        }

        return guesses.EnumerateArray().Select(g => new RepairGuess(
            g.GetProperty("offset").GetInt32(),
            g.GetProperty("length").GetInt32(),
            g.GetProperty("chosen").GetString()!,
            g.GetProperty("alternatives").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            g.TryGetProperty("confidence", out var c) ? c.GetDouble() : 0)).ToList();
    }
}
