using System.CommandLine;
using Review.Core.Ports;
using Review.Core.Session;

namespace Review.Cli.Commands;

/// <summary>
/// <c>review migrate --from A --to B</c>: copies a whole corpus (pairs, the decision history with
/// roles and changes of alignment, findings, the overlap, slices, resume positions, import records)
/// between any two backends, e.g. an SQLite file to a PostgreSQL schema and back, all or nothing.
/// The destination must be empty.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The database to copy (a file, or postgresql://user@host/db?schema=corpus)", Required = true };
        var to = new Option<string>("--to") { Description = "The empty database to copy into (created if missing)", Required = true };
        var command = new Command("migrate", "Copy a whole corpus with its history between databases, e.g. an SQLite file to PostgreSQL and back");
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var source = parse.GetValue(from)!;
            var destination = parse.GetValue(to)!;
            return UserErrors.Run(error, () => Run(source, destination, output), destination);
        });
        return command;
    }

    private static int Run(string source, string destination, TextWriter output)
    {
        if (StoreFactory.DisplayName(source) == StoreFactory.DisplayName(destination))
        {
            throw new StoreException($"{StoreFactory.DisplayName(source)}: --from and --to name the same database");
        }
        using var from = StoreFactory.OpenExisting(source);
        // The copy is one transaction; a destination file that did not exist is removed again if it fails.
        var first = new FirstImport(destination);
        var result = first.Run(() =>
        {
            using var to = StoreFactory.Open(destination);
            return new CorpusMigration(from, to).Run();
        });
        output.WriteLine($"copied {result.Pairs} pairs, {result.Decisions} decisions and {result.Imports} imports from {from.Location} to {StoreFactory.DisplayName(destination)}");
        return 0;
    }
}
