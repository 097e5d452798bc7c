using System.CommandLine;
using Spectre.Console;

namespace Review.Cli.Commands;

/// <summary><c>review stats --db PATH [--json]</c>: pairs by status, decisions per annotator, pace, imports.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The review database", Required = true };
        var json = new Option<bool>("--json") { Description = "One JSON object: pairs, by_status, by_annotator, imports, findings_by_check, ..." };
        var command = new Command("stats", "Show what is in a review database: pairs by status, decisions per annotator, pairs per hour, imports");
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            return UserErrors.Run(parse.InvocationConfiguration.Error, () =>
            {
                using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
                var stats = store.Stats();
                if (parse.GetValue(json))
                {
                    output.WriteLine(StatsJson.Of(stats));
                }
                else if (ConsoleKind.StdoutIsTerminal && output == Console.Out)
                {
                    StatsText.Table(AnsiConsole.Console, stats);
                }
                else
                {
                    StatsText.Plain(output, stats);
                }
                return 0;
            }, parse.GetValue(db));
        });
        return command;
    }
}
