using System.CommandLine;
using Review.Core.Agreement;
using Review.Core.Formats;
using Review.Core.Session;

namespace Review.Cli.Commands;

/// <summary><c>review export --db PATH --out FILE</c>: corpus order, written to a temporary file and renamed.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var options = new ExportOptions();
        var command = new Command("export", "Export pairs with their decisions to JSONL, CSV, TSV, TMX, XLIFF 1.2 (xliff) or 2.0 (xliff2), Moses, PO or LiteDB");
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
            return UserErrors.Fail(error, $"{outPath}: cannot tell the format from the extension; pass --format {string.Join("|", Enum.GetValues<PairFormat>().Select(PairFormats.Of))}");
        }
        var withDecisions = parse.GetValue(options.WithDecisions);
        if (withDecisions && format != PairFormat.Jsonl)
        {
            return UserErrors.Fail(error, $"{outPath}: --with-decisions is for JSONL exports only (this one is {PairFormats.Of(format.Value)})");
        }
        string? problem = null;
        var statuses = parse.GetValue(options.Status) is { } list ? StatusList.Parse(list, out problem) : null;
        if (problem is not null)
        {
            return UserErrors.Fail(error, problem);
        }
        // The file's check runs beside the export; the export's rows end only once it has passed.
        using var store = StoreFactory.OpenExisting(parse.GetValue(options.Db)!, verifyInBackground: true);
        // Decisions on a pair a change of alignment moved judged other texts than the original's.
        var original = parse.GetValue(options.OriginalAlignment) ? new OriginalAlignmentExport(store, store) : null;
        var request = new ExportRequest(outPath, format.Value, parse.GetValue(options.Force))
        {
            History = id => original?.Moved(id) != true && store.FindByExternalId(id) is { } pair ? store.History(pair.Id) : [],
            Languages = ExportLanguages.Of(store),
            PoRejected = parse.GetValue(options.PoRejected) == "fuzzy" ? PoRejected.Fuzzy : PoRejected.Untranslated,
            TeamDecisions = !withDecisions ? null
                : id => store.FindByExternalId(id) is { } pair
                    ? CurrentDecisions.Of(pair.Id, original?.Moved(id) == true ? [] : store.History(pair.Id))
                    : throw new InvalidDataException($"pair {id} is in the export but no longer in the database"),
        };
        var summary = PairExporter.Export(original?.Rows(statuses) ?? store.ExportRows(statuses), request, database: store.Location);
        Report(output, summary);
        return 0;
    }

    private static void Report(TextWriter output, ExportSummary summary)
    {
        var files = Sanitizer.ToDisplayString(string.Join(" and ", summary.Files));
        output.WriteLine($"read {summary.Read} pairs, wrote {summary.Written} to {files}");
        foreach (var note in summary.Notes)
        {
            output.WriteLine($"note: {Sanitizer.ToDisplayString(note)}");
        }
    }
}
