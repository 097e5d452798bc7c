using System.CommandLine;
using System.Globalization;
using Review.Core.Ports;

namespace Review.Cli.Commands;

/// <summary>
/// <c>review assign --db PATH --annotators a,b,c [--by round-robin|blocks]</c>: splits the corpus
/// into one slice per annotator, for teams that divide the work up front. The queue then serves
/// each annotator their own slice first, and anything left after it.
/// </summary>
internal static class AssignCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The review database", Required = true };
        var annotators = new Option<string>("--annotators") { Description = "Who shares the corpus, comma-separated (a,b,c)", Required = true };
        var by = new Option<string>("--by")
        {
            Description = "round-robin (default: pair 1 to a, 2 to b, ...) or blocks (one run of consecutive pairs each)",
            DefaultValueFactory = _ => "round-robin",
        };
        by.AcceptOnlyFromAmong("round-robin", "blocks");
        var command = new Command("assign", "Give each annotator a slice of the corpus; review open serves each their slice first");
        command.Options.Add(db);
        command.Options.Add(annotators);
        command.Options.Add(by);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var names = (parse.GetValue(annotators) ?? "").Split(',', StringSplitOptions.TrimEntries);
            if (names.Any(n => n.Length == 0))
            {
                return UserErrors.Fail(error, "--annotators: give names separated by commas, none empty (e.g. --annotators ana,ben)");
            }
            if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                return UserErrors.Fail(error, $"--annotators: {twice.Key} is named twice");
            }
            var method = parse.GetValue(by) == "blocks" ? SliceMethod.Blocks : SliceMethod.RoundRobin;
            var output = parse.InvocationConfiguration.Output;
            return UserErrors.Run(error, () =>
            {
                using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
                foreach (var (name, pairs) in store.Assign(names, method))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Sanitizer.ToDisplayString(name)}: {pairs:N0} pairs"));
                }
                return 0;
            }, parse.GetValue(db));
        });
        return command;
    }
}
