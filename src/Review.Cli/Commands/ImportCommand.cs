using System.CommandLine;
using Review.Core.Formats;
using Review.Core.Storage;
using Spectre.Console;

namespace Review.Cli.Commands;

/// <summary><c>review import FILE... --db PATH</c>: each file in one all-or-nothing transaction.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var options = new ImportOptions();
        var command = new Command("import", "Import aligned pairs from JSONL, CSV/TSV, Moses or TMX files into a review database");
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
        using var store = ReviewStore.Open(parse.GetValue(options.Db)!);
        foreach (var input in inputs)
        {
            Report(output, ImportOne(store, request, input));
        }
        return 0;
    }

    private static ImportResult ImportOne(ReviewStore store, ImportRequest request, ImportInput input)
    {
        if (!ConsoleKind.StderrIsTerminal)
        {
            return new PairImporter(store, request).Import(input);
        }
        ImportResult? result = null;
        ConsoleKind.Diagnostics().Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(VisibleText.Of(input.DisplayName)));
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
        var name = VisibleText.Of(result.Input.DisplayName);
        if (result.AlreadyImported)
        {
            output.WriteLine($"{name}: already imported into this database (same content); nothing to do");
            return;
        }
        output.WriteLine($"{name}: {PairFormats.Of(result.Input.Format)}, {VisibleText.Of(result.Description)}, languages {VisibleText.Of(result.Languages.ToString())}");
        var reasons = VisibleText.Of(string.Join(", ", result.Skipped.Select(r => $"{r.Key}: {r.Value}")));
        output.WriteLine($"read {result.Read}, imported {result.Imported}, skipped {result.SkippedTotal}{(reasons.Length > 0 ? $" ({reasons})" : "")}");
        if (result.RepairReport is { } repair)
        {
            output.WriteLine(VisibleText.Of(repair));
        }
        if (result.RestoreReport is { } restore)
        {
            output.WriteLine(VisibleText.Of(restore));
        }
        if (result.SkippedExamples.Count > 0)
        {
            output.WriteLine($"skipped ids include {VisibleText.Of(string.Join(", ", result.SkippedExamples))}");
        }
    }
}
