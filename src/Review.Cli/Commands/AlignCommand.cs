using System.CommandLine;
using Review.Core.Align;
using Review.Core.Formats;

namespace Review.Cli.Commands;

/// <summary><c>review align FILE --out OUT.jsonl</c>: splits each paragraph pair into sentences and
/// aligns them, one JSONL record per aligned group.</summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var options = new ImportOptions();
        var outPath = new Option<string>("--out") { Description = "The JSONL file of aligned groups (written whole or not at all)", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace OUT if it exists" };
        var command = new Command("align", "Split paragraph pairs into sentences and align them (1-1, 1-2, 2-1, 2-2, 1-0, 0-1), one JSONL record per aligned group");
        command.Arguments.Add(options.Files);
        foreach (var option in new Option[] { outPath, force, options.Format, options.SourceField, options.TargetField, options.IdField, options.Lang, options.NoRepair })
        {
            command.Options.Add(option);
        }
        options.Format.AcceptOnlyFromAmong(Enum.GetValues<PairFormat>().Select(PairFormats.Of).ToArray());
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.Run(error, () => Run(parse, options, parse.GetValue(outPath)!, parse.GetValue(force), parse.InvocationConfiguration.Output, error));
        });
        return command;
    }

    private static int Run(ParseResult parse, ImportOptions options, string outPath, bool force, TextWriter output, TextWriter error)
    {
        LanguagePair? languages = null;
        if (parse.GetValue(options.Lang) is { } lang && !LanguagePair.TryParse(lang, out languages))
        {
            return UserErrors.Fail(error, $"--lang {lang}: expected SOURCE-TARGET, e.g. en-ko");
        }
        var inputs = FormatDetector.Plan(parse.GetValue(options.Files)!, options.FormatOf(parse));
        if (inputs.Count != 1)
        {
            return UserErrors.Fail(error, "align takes one input (one file, or the two files of a Moses corpus)");
        }
        var fields = new FieldOptions(parse.GetValue(options.SourceField), parse.GetValue(options.TargetField), null, parse.GetValue(options.IdField));
        var summary = CorpusAlignment.Run(inputs[0], fields, languages, !parse.GetValue(options.NoRepair), outPath, force);
        Report(output, summary, outPath);
        return 0;
    }

    private static void Report(TextWriter output, AlignSummary summary, string outPath)
    {
        var kinds = string.Join(", ", summary.Kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key}: {k.Value}"));
        output.WriteLine($"read {summary.Paragraphs} paragraph pairs, wrote {summary.Groups} aligned groups to {Sanitizer.ToDisplayString(outPath)} ({kinds})");
        output.WriteLine($"{summary.CountsDiffer} paragraph pairs have different sentence counts; {summary.Flagged} groups need a look (alignment finding)");
        if (summary.RepairReport is { } repair)
        {
            output.WriteLine(Sanitizer.ToDisplayString(repair));
        }
    }
}
