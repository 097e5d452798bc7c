using System.CommandLine;

namespace Review.Cli.Commands;

/// <summary>Every subcommand, one line each, so adding a command touches one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return OpenCommand.Create();
        yield return ImportCommand.Create();
        yield return ExportCommand.Create();
        yield return StatsCommand.Create();
        yield return AgreementCommand.Create();
        yield return CheckCommand.Create();
        yield return RepairTextCommand.Create();
        yield return AlignCommand.Create();
        yield return KeysCommand.Create();
        yield return MigrateCommand.Create();
        yield return AssignCommand.Create();
    }
}
