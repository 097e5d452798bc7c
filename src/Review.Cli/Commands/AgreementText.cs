using System.Globalization;
using Review.Core.Agreement;

namespace Review.Cli.Commands;

/// <summary><c>review agreement</c> for people: plain lines, each figure with the counts it comes from; names made visible.</summary>
internal static class AgreementText
{
    public static void Write(TextWriter output, AgreementReport report)
    {
        var names = report.Annotators.Count == 0 ? "none" : string.Join(", ", report.Annotators.Select(name => Sanitizer.ToDisplayString(name)));
        output.WriteLine($"annotators: {report.Annotators.Count} ({names})");
        output.WriteLine($"pairs decided: {report.PairsDecided}; judged by two or more: {report.PairsShared}; " +
            $"disagreements: {report.Disagreements} (adjudicated: {report.Adjudicated})");
        var alpha = report.Alpha;
        var disagreeing = alpha.Coincidences.Where(p => p.Key.C != p.Key.K).Sum(p => p.Value);
        output.WriteLine($"Krippendorff's alpha (nominal, over decision kinds): {Figure(alpha.Value, AlphaGap(alpha))}");
        output.WriteLine($"  units {alpha.Units}, pairable values {alpha.PairableValues}, " +
            $"coincidences {Fixed(alpha.PairableValues)} of which disagreeing {Fixed(disagreeing)}, " +
            $"D_o {Fixed(alpha.ObservedDisagreement)}, D_e {Fixed(alpha.ExpectedDisagreement)}");
        output.WriteLine("Cohen's kappa by pair of annotators:" + (report.AnnotatorPairs.Count == 0 ? " none (no pair judged by two annotators)" : ""));
        foreach (var pair in report.AnnotatorPairs)
        {
            var k = pair.Kappa;
            var gap = k.Units == 0 ? "no shared pair" : "both chose one same value throughout";
            output.WriteLine($"  {Sanitizer.ToDisplayString(pair.First)} / {Sanitizer.ToDisplayString(pair.Second)}: {Figure(k.Value, gap)} " +
                $"(units {k.Units}, agreements {k.Agreements}, p_o {Fixed(k.ObservedAgreement)}, p_e {Fixed(k.ChanceAgreement)})");
        }
        output.WriteLine("edited texts, similarity 1 - Levenshtein/longer length, over graphemes:");
        output.WriteLine($"  all: {Edits(report.Edits)}");
        foreach (var pair in report.AnnotatorPairs.Where(p => p.Edits.Compared + p.Edits.TooLong > 0))
        {
            output.WriteLine($"  {Sanitizer.ToDisplayString(pair.First)} / {Sanitizer.ToDisplayString(pair.Second)}: {Edits(pair.Edits)}");
        }
    }

    private static string AlphaGap(AlphaResult alpha) =>
        alpha.PairableValues < 2 ? "no pair judged by two annotators" : "no variation: every value is the same";

    private static string Edits(SimilaritySummary edits) => edits.Compared == 0
        ? $"no two edits of the same pair to compare{(edits.TooLong > 0 ? $" ({edits.TooLong} too long)" : "")}"
        : $"mean {Fixed(edits.Mean!.Value)}, lowest {Fixed(edits.Lowest!.Value)} " +
          $"(pairs of edits {edits.Compared}, identical {edits.Identical}, too long to compare {edits.TooLong})";

    private static string Figure(double? value, string whyUndefined) => value is double v ? Fixed(v) : $"undefined ({whyUndefined})";

    private static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
