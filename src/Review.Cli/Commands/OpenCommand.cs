using System.CommandLine;
using Review.Cli.Screen;
using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Terminal.Drivers;
using Review.Terminal.Output;

namespace Review.Cli.Commands;

/// <summary>
/// <c>review open [FILE|DB]</c>: imports a data file first (or sees it was imported already), then
/// runs the review screen on the database until the annotator quits.
/// </summary>
internal static class OpenCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("FILE|DB")
        {
            Description = "A data file to import and review (JSONL, CSV/TSV, TMX, XLIFF, Moses, LiteDB), or a review database",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var db = new Option<string?>("--db") { Description = "The review database (default: REVIEW_DB, else <FILE>.review.db)" };
        var annotator = new Option<string?>("--annotator") { Description = "Who is reviewing (default: $USER)" };
        var filter = new Option<string?>("--filter")
        {
            Description = "Only stop at these pairs: statuses (pending, rejected, ...), check:ID, severity:LEVEL; comma-separated",
        };
        var start = new Option<string?>("--start") { Description = "Start at this pair id (or number) instead of where you left off" };
        var order = new Option<string>("--order")
        {
            Description = "corpus (default), or findings: pairs with errors first, then warnings, then the rest",
            DefaultValueFactory = _ => "corpus",
        };
        order.AcceptOnlyFromAmong("corpus", "findings");
        var adjudicate = new Option<bool>("--adjudicate")
        {
            Description = "Walk only the pairs whose annotators disagree, with each one's decision side by side; your decision becomes the pair's final one",
        };
        var overlap = new Option<int?>("--overlap")
        {
            Description = "Ask for K independent decisions per pair, from K different annotators (stored in the database; set before the first decision)",
        };
        var command = new Command("open", "Review pairs on a full-screen terminal view; every decision is saved at once");
        command.Arguments.Add(input);
        foreach (var option in new Option[] { db, annotator, filter, start, order, adjudicate, overlap })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var request = OpenRequest.Resolve(parse.GetValue(input), parse.GetValue(db), parse.GetValue(annotator),
                parse.GetValue(filter), parse.GetValue(start), Environment.GetEnvironmentVariable, out var problem);
            return request is null
                ? UserErrors.Fail(error, problem!)
                : parse.GetValue(overlap) is < 1
                    ? UserErrors.Fail(error, "--overlap: give a number of decisions per pair, 1 or more")
                    : UserErrors.Run(error, () => Run(request with { Adjudicate = parse.GetValue(adjudicate) }, OrderOf(parse.GetValue(order)), parse.GetValue(overlap), parse.InvocationConfiguration.Output, error),
                        request.DatabasePath);
        });
        return command;
    }

    private static QueueOrder OrderOf(string? name) => name == "findings" ? QueueOrder.Findings : QueueOrder.Corpus;

    private static int Run(OpenRequest request, QueueOrder order, int? overlap, TextWriter output, TextWriter error)
    {
        // The terminal is checked first, so that a pipe or TERM=dumb fails before anything is imported.
        ITerminal terminal;
        try
        {
            terminal = TerminalFactory.Create();
        }
        catch (TerminalNotSupportedException e)
        {
            return UserErrors.Fail(error, e.Message);
        }
        // Exports killed mid-way beside the database leave temp files; their processes are gone now.
        if (!StoreFactory.IsServer(request.DatabasePath))
        {
            StaleTemps.Clean(Path.GetDirectoryName(Path.GetFullPath(request.DatabasePath))!);
        }
        using (terminal)
        {
            var first = new FirstImport(request.DatabasePath);
            return first.Run(() =>
            {
                using var store = StoreFactory.Open(request.DatabasePath, verifyInBackground: true);
                // Read (and so checked) before anything is imported or drawn: the checks run at import and again after each edit.
                var beside = StoreFactory.SettingsAnchor(request.DatabasePath);
                var checks = CheckConfig.ForDatabase(beside, null);
                var keymap = KeymapFiles.Load(beside, Environment.GetEnvironmentVariable);
                var repairs = request.ImportPath is { } path ? Import(store, path, checks, output) : [];
                first.Committed = true;
                if (store.PairCount() == 0)
                {
                    var name = StoreFactory.IsServer(request.DatabasePath) ? store.Location : request.DatabasePath;
                    return UserErrors.Fail(error, $"{name}: no pairs to review; import a file first (review import FILE --db {name})");
                }
                if (overlap is { } k && k != store.Overlap())
                {
                    try
                    {
                        store.SetOverlap(k);
                    }
                    catch (InvalidOperationException e)
                    {
                        return UserErrors.Fail(error, e.Message);
                    }
                }
                terminal.Enter();
                try
                {
                    return Screen(terminal, store, request, order, checks, repairs, keymap);
                }
                finally
                {
                    terminal.Leave();
                }
            });
        }
    }

    private static int Screen(ITerminal terminal, IReviewStore store, OpenRequest request, QueueOrder order, CheckConfig checks,
        List<string> repairs, Keymap keymap)
    {
        var label = request.ImportPath is { } imported ? Path.GetFileName(imported) : StoreFactory.Label(request.DatabasePath);
        var services = ScreenServices.Create(keymap: keymap) with { Checks = checks };
        var state = ReviewState.Initial(label, request.Annotator, store.PairCount(), services.Clock.GetUtcNow(), request.Filter) with
        {
            Order = order,
            Adjudicating = request.Adjudicate,
            Message = repairs.Count == 0 ? null : Sanitizer.ToDisplayString(string.Join("; ", repairs)),
        };
        var loop = new ReviewLoop(terminal, store, state, services);
        using var hangup = new HangupRelease(store.Location, request.Annotator);
        var first = request.StartId is { } id
            ? new Navigation(NavigationKind.Goto, 0, request.Filter, id)
            : new Navigation(NavigationKind.Resume, 0, request.Filter);
        return loop.Run(first);
    }

    /// <summary>
    /// Imports as <c>review import</c> does by default (repair on, checks with the settings next to
    /// the database) and prints its summary; returns the repair summaries, which the screen also
    /// shows, since the summary scrolls away under it.
    /// </summary>
    private static List<string> Import(IImportSink store, string path, CheckConfig checks, TextWriter output)
    {
        var request = ImportRequest.Default with { Checks = checks };
        var repairs = new List<string>();
        foreach (var input in FormatDetector.Plan([path], null))
        {
            var result = new PairImporter(store, request).Import(input);
            if (result.AlreadyImported)
            {
                continue;
            }
            ImportCommand.Report(output, result);
            if (result.RepairReport is { } repair)
            {
                repairs.Add(repair);
            }
        }
        output.Flush();
        return repairs;
    }
}
