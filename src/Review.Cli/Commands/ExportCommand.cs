using System.CommandLine;
using Review.Core.Formats;
using Review.Core.Storage;

namespace Review.Cli.Commands;

/// <summary><c>review export --db PATH --out FILE</c>: corpus order, written to a temporary file and renamed.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var options = new ExportOptions();
        var command = new Command("export", "Export pairs with their decisions to JSONL, CSV, TSV, TMX or Moses");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.Run(error, () => Run(parse, options, parse.InvocationConfiguration.Output, error), parse.GetValue(options.Db));
        });
        return command;
    }

    private static int Run(ParseResult parse, ExportOptions options, TextWriter output, TextWriter error)
    {
        var outPath = parse.GetValue(options.Out)!;
        var format = parse.GetValue(options.Format) is { } name && PairFormats.TryParse(name, out var given)
            ? given
            : ExportRequest.FormatFromExtension(outPath);
        if (format is null)
        {
            return UserErrors.Fail(error, $"{outPath}: cannot tell the format from the extension; pass --format jsonl|csv|tsv|tmx|moses");
        }
        string? problem = null;
        var statuses = parse.GetValue(options.Status) is { } list ? StatusList.Parse(list, out problem) : null;
        if (problem is not null)
        {
            return UserErrors.Fail(error, problem);
        }
        // The file's check runs beside the export; the export's rows end only once it has passed.
        using var store = ExistingStore.Open(parse.GetValue(options.Db)!, StoreOptions.Default with { VerifyInBackground = true });
        var summary = PairExporter.Export(store.ExportRows(statuses), new ExportRequest(outPath, format.Value, parse.GetValue(options.Force)), database: store.Path);
        Report(output, summary);
        return 0;
    }

    private static void Report(TextWriter output, ExportSummary summary)
    {
        var files = VisibleText.Of(string.Join(" and ", summary.Files));
        output.WriteLine($"read {summary.Read} pairs, wrote {summary.Written} to {files}");
        foreach (var note in summary.Notes)
        {
            output.WriteLine($"note: {VisibleText.Of(note)}");
        }
    }
}
