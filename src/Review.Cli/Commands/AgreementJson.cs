using System.Text.Json;
using Review.Core.Agreement;

namespace Review.Cli.Commands;

/// <summary>
/// The <c>review agreement --json</c> object. An undefined figure is null. Names pass through the
/// JSON writer's default escaping, which writes every control and non-ASCII character as a \u escape.
/// </summary>
internal static class AgreementJson
{
    public const string EditMeasure = "normalized-levenshtein-graphemes";

    public static string Of(AgreementReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("annotators");
            foreach (var annotator in report.Annotators)
            {
                json.WriteStringValue(annotator);
            }
            json.WriteEndArray();
            json.WriteNumber("pairs_decided", report.PairsDecided);
            json.WriteNumber("pairs_shared", report.PairsShared);
            json.WriteNumber("disagreements", report.Disagreements);
            json.WriteNumber("adjudicated", report.Adjudicated);
            Alpha(json, report.Alpha);
            json.WriteStartArray("annotator_pairs");
            foreach (var pair in report.AnnotatorPairs)
            {
                json.WriteStartObject();
                json.WriteString("first", pair.First);
                json.WriteString("second", pair.Second);
                Kappa(json, pair.Kappa);
                Edits(json, pair.Edits);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Edits(json, report.Edits);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Alpha(Utf8JsonWriter json, AlphaResult alpha)
    {
        json.WriteStartObject("alpha");
        json.WriteString("level", "nominal");
        Number(json, "value", alpha.Value);
        json.WriteNumber("units", alpha.Units);
        json.WriteNumber("pairable_values", alpha.PairableValues);
        Number(json, "observed_disagreement", alpha.ObservedDisagreement);
        Number(json, "expected_disagreement", alpha.ExpectedDisagreement);
        json.WriteStartArray("coincidences");
        foreach (var ((c, k), o) in alpha.Coincidences.OrderBy(p => p.Key.C, StringComparer.Ordinal).ThenBy(p => p.Key.K, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("c", c);
            json.WriteString("k", k);
            Number(json, "o", o);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Kappa(Utf8JsonWriter json, KappaResult kappa)
    {
        json.WriteStartObject("kappa");
        Number(json, "value", kappa.Value);
        json.WriteNumber("units", kappa.Units);
        json.WriteNumber("agreements", kappa.Agreements);
        Number(json, "observed_agreement", kappa.ObservedAgreement);
        Number(json, "chance_agreement", kappa.ChanceAgreement);
        json.WriteEndObject();
    }

    private static void Edits(Utf8JsonWriter json, SimilaritySummary edits)
    {
        json.WriteStartObject("edits");
        json.WriteString("measure", EditMeasure);
        json.WriteNumber("compared", edits.Compared);
        json.WriteNumber("identical", edits.Identical);
        Number(json, "mean", edits.Mean);
        Number(json, "lowest", edits.Lowest);
        json.WriteNumber("too_long", edits.TooLong);
        json.WriteEndObject();
    }

    // Six places: enough to check a figure by hand, and stable across runs.
    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
