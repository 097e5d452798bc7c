using System.Text.Json;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Reads the <c>decisions</c> array that <see cref="TeamDecisionsJson"/> writes back into
/// decisions (numbered 1, 2... in the array's order, notes unknown). Strings go through
/// <see cref="JsonStrings"/>, which keeps lone surrogates as the rest of the record does.
/// </summary>
internal static class TeamDecisionsReader
{
    /// <summary>The decisions; null with the <paramref name="problem"/> when the array is not in the export's shape.</summary>
    public static List<Decision>? Read(ReadOnlySpan<byte> json, out string? problem)
    {
        problem = null;
        var decisions = new List<Decision>();
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return Fail<List<Decision>>("\"decisions\" is not an array", out problem);
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                if (ReadOne(ref reader, decisions.Count + 1, out problem) is not { } decision)
                {
                    return null;
                }
                decisions.Add(decision);
            }
            return reader.TokenType == JsonTokenType.EndArray ? decisions : Fail<List<Decision>>("\"decisions\" holds something other than decisions", out problem);
        }
        catch (JsonException e)
        {
            return Fail<List<Decision>>($"\"decisions\" is broken JSON: {e.Message}", out problem);
        }
    }

    private static Decision? ReadOne(ref Utf8JsonReader reader, long id, out string? problem)
    {
        string? annotator = null, kind = null, text = null, at = null;
        bool? adjudicated = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? JsonStrings.Unescape(reader.ValueSpan, reader.ValueIsEscaped) : null;
            switch (name)
            {
                case "annotator": annotator = value; break;
                case "kind": kind = value; break;
                case "text": text = value; break;
                case "at": at = value; break;
                case "adjudicated" when reader.TokenType is JsonTokenType.True or JsonTokenType.False: adjudicated = reader.GetBoolean(); break;
                default:
                    reader.Skip();
                    return Fail<Decision>($"decision {id} in \"decisions\" has an unexpected field \"{name}\"", out problem);
            }
        }
        if (annotator is null || kind is null || at is null || adjudicated is null)
        {
            return Fail<Decision>($"decision {id} in \"decisions\" needs \"annotator\", \"kind\", \"at\" and \"adjudicated\"", out problem);
        }
        if (!PairNames.TryParseKind(kind, out var parsed) || parsed == DecisionKind.Undo)
        {
            return Fail<Decision>($"decision {id} in \"decisions\" has an unknown kind \"{kind}\"", out problem);
        }
        if (!DecisionTime.TryRead(at, out var time))
        {
            return Fail<Decision>($"decision {id} in \"decisions\": \"at\" \"{at}\" is not a time in the export's form", out problem);
        }
        problem = null;
        return new Decision(id, default, parsed, text, annotator, time, null, null)
        {
            Role = adjudicated.Value ? DecisionRole.Adjudication : DecisionRole.Annotation,
        };
    }

    private static T? Fail<T>(string text, out string? problem) where T : class
    {
        problem = text;
        return null;
    }
}
