using System.CommandLine;
using Review.Cli.Commands;

namespace Review.Cli.Tests.Commands;

/// <summary>Runs the real command tree in-process, capturing stdout and stderr.</summary>
internal static class Cli
{
    public static CliRun Run(params string[] args)
    {
        var root = new RootCommand("review");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
