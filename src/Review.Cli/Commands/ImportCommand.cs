using System.CommandLine;
using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Ports;
using Review.Core.Session;
using Spectre.Console;

namespace Review.Cli.Commands;

/// <summary><c>review import FILE... --db PATH</c>: each file in one all-or-nothing transaction.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var options = new ImportOptions();
        var command = new Command("import", "Import aligned pairs from JSONL, CSV/TSV, Moses, TMX, XLIFF, PO or LiteDB files into a review database");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.Run(error, () => Run(parse, options, output, error), parse.GetValue(options.Db));
        });
        return command;
    }

    private static int Run(ParseResult parse, ImportOptions options, TextWriter output, TextWriter error)
    {
        var request = options.RequestOf(parse, out var problem);
        if (request is null)
        {
            return UserErrors.Fail(error, problem!);
        }
        var inputs = FormatDetector.Plan(parse.GetValue(options.Files)!, options.FormatOf(parse));
        var first = new FirstImport(parse.GetValue(options.Db)!);
        return first.Run(() =>
        {
            using var store = StoreFactory.Open(parse.GetValue(options.Db)!);
            foreach (var input in inputs)
            {
                Report(output, ImportOne(store, request, input));
                first.Committed = true;
            }
            return 0;
        });
    }

    private static ImportResult ImportOne(IImportSink store, ImportRequest request, ImportInput input)
    {
        if (!ConsoleKind.StderrIsTerminal)
        {
            return new PairImporter(store, request).Import(input);
        }
        ImportResult? result = null;
        ConsoleKind.Diagnostics().Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(Sanitizer.ToDisplayString(input.DisplayName)));
            var importer = new PairImporter(store, request)
            {
                Progress = (read, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = read;
                },
            };
            result = importer.Import(input);
        });
        return result!;
    }

    /// <summary>The summary lines of one input's import; <c>review open</c> prints the same.</summary>
    internal static void Report(TextWriter output, ImportResult result)
    {
        var name = Sanitizer.ToDisplayString(result.Input.DisplayName);
        if (result.AlreadyImported)
        {
            output.WriteLine($"{name}: already imported into this database (same content); nothing to do");
            return;
        }
        output.WriteLine($"{name}: {PairFormats.Of(result.Input.Format)}, {Sanitizer.ToDisplayString(result.Description)}, languages {Sanitizer.ToDisplayString(result.Languages.ToString())}");
        var reasons = Sanitizer.ToDisplayString(string.Join(", ", result.Skipped.Select(r => $"{r.Key}: {r.Value}")));
        output.WriteLine($"read {result.Read}, imported {result.Imported}, skipped {result.SkippedTotal}{(reasons.Length > 0 ? $" ({reasons})" : "")}");
        if (result.CheckProfile is { } profile)
        {
            var marker = profile.AcceleratorMarker is { } m ? $", accelerators marked {m}" : "";
            output.WriteLine($"checks: {CorpusProfile.Name(profile.Kind)} profile{marker}");
        }
        if (result.AlignedSentences)
        {
            output.WriteLine($"aligned sentences: {result.Imported} groups; {result.SentenceCountsDiffer} paragraph pairs had different sentence counts");
        }
        else if (result.SentenceCountsDiffer > 0)
        {
            output.WriteLine($"{result.SentenceCountsDiffer} pairs have different sentence counts in source and target; " +
                "to review them sentence by sentence, import with --align sentences");
        }
        if (result.RepairReport is { } repair)
        {
            output.WriteLine(Sanitizer.ToDisplayString(repair));
        }
        if (result.RestoreReport is { } restore)
        {
            output.WriteLine(Sanitizer.ToDisplayString(restore));
        }
        foreach (var note in result.Notes)
        {
            output.WriteLine(note);
        }
        if (result.SkippedExamples.Count > 0)
        {
            output.WriteLine($"skipped ids include {Sanitizer.ToDisplayString(string.Join(", ", result.SkippedExamples))}");
        }
    }
}
