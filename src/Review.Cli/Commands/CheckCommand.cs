using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;
using Spectre.Console;

namespace Review.Cli.Commands;

/// <summary><c>review check</c>: re-runs the QA checks over a database, stores their findings and
/// prints them as JSON lines or a summary table.</summary>
internal static class CheckCommand
{
    // Korean and every other script stay readable instead of turning into \uXXXX. The built-in
    // encoders pass bidi and invisible format characters through, so those are forbidden explicitly:
    // untrusted text must never reach a terminal raw, even when someone reads --json there.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(ReadableButSafe()) };

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The review database (.db) to check", Required = true };
        var config = new Option<string?>("--config") { Description = "Check config (.toml or .json); default: review.toml or review.json next to the database" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per finding per line instead of a summary" };
        var integrity = new Option<bool>("--integrity") { Description = "Instead of the QA checks, read the whole database file and check its pages and indexes (SQLite's integrity_check)" };
        var command = new Command("check", "Re-run the QA checks over every pair of a database and store the findings");
        command.Options.Add(db);
        command.Options.Add(config);
        command.Options.Add(json);
        command.Options.Add(integrity);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(db)!;
            if (parseResult.GetValue(integrity))
            {
                return parseResult.GetValue(json) || parseResult.GetValue(config) is not null
                    ? UserErrors.Fail(error, "--integrity checks the database file only: it takes no --json or --config")
                    : UserErrors.Run(error, () => IntegrityReport.Run(path, output, error), path);
            }
            return UserErrors.Run(error, () => Run(path, parseResult.GetValue(config), parseResult.GetValue(json), output, error), path);
        });
        return command;
    }

    private static int Run(string dbPath, string? configPath, bool json, TextWriter output, TextWriter error)
    {
        using var store = StoreFactory.OpenExisting(dbPath);
        CheckConfig config;
        try
        {
            config = CheckConfig.ForDatabase(StoreFactory.SettingsAnchor(dbPath), configPath);
        }
        catch (CheckConfigException e)
        {
            return UserErrors.Fail(error, e.Message);
        }

        if (config.Path is not null)
        {
            error.WriteLine($"review: checks configured by {Sanitizer.ToDisplayString(config.Path)}");
        }

        var summary = new CorpusCheck(store, config).Run(json ? (pair, result) => WriteJson(output, pair, result) : null);
        if (!json)
        {
            WriteSummary(output, summary);
        }

        return 0;
    }

    private static TextEncoderSettings ReadableButSafe()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('\u00AD', '\u061C', '\u180E', '\uFEFF', '\uFFF9', '\uFFFA', '\uFFFB');
        settings.ForbidRange(UnicodeRange.Create('\u200B', '\u200F'));
        settings.ForbidRange(UnicodeRange.Create('\u2028', '\u202E'));
        settings.ForbidRange(UnicodeRange.Create('\u2060', '\u206F'));
        return settings;
    }

    private static void WriteJson(TextWriter output, Pair pair, CheckResult result)
    {
        foreach (var finding in result.Findings)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("id", pair.ExternalId);
                writer.WriteString("check", finding.CheckId);
                writer.WriteString("severity", SeverityName(finding.Severity));
                writer.WriteString("message", finding.Message);
                WriteSpans(writer, "source_spans", finding.SourceSpans);
                WriteSpans(writer, "target_spans", finding.TargetSpans);
                writer.WriteString("suggestion", finding.SuggestedTarget);
                writer.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static void WriteSpans(Utf8JsonWriter writer, string name, IReadOnlyList<TextSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (var span in spans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("length", span.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSummary(TextWriter output, CheckSummary summary)
    {
        var rows = CheckCatalog.Ids
            .Select(id => (Id: id, Error: Count(summary, id, Severity.Error), Warning: Count(summary, id, Severity.Warning), Info: Count(summary, id, Severity.Info)))
            .ToList();
        if (ReferenceEquals(output, Console.Out) && ConsoleKind.StdoutIsTerminal)
        {
            WriteTable(rows);
        }
        else
        {
            output.WriteLine($"{"check",-14} {"error",7} {"warning",7} {"info",7} {"total",7}");
            foreach (var row in rows)
            {
                output.WriteLine($"{Sanitizer.ToDisplayString(row.Id),-14} {row.Error,7} {row.Warning,7} {row.Info,7} {row.Error + row.Warning + row.Info,7}");
            }
        }

        output.WriteLine($"{summary.Pairs} pairs checked, {summary.PairsWithFindings} with findings, {summary.PairsUpdated} updated");
    }

    private static void WriteTable(List<(string Id, long Error, long Warning, long Info)> rows)
    {
        var table = new Table().AddColumn("check").AddColumn(new TableColumn("error").RightAligned())
            .AddColumn(new TableColumn("warning").RightAligned()).AddColumn(new TableColumn("info").RightAligned())
            .AddColumn(new TableColumn("total").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(row.Id, Cell(row.Error, "red"), Cell(row.Warning, "yellow"), Cell(row.Info, "blue"), (row.Error + row.Warning + row.Info).ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    private static string Cell(long count, string color) => count == 0 ? "0" : $"[{color}]{count}[/]";

    private static long Count(CheckSummary summary, string id, Severity severity) => summary.Counts.GetValueOrDefault((id, severity));

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
