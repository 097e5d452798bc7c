using System.CommandLine;
using Review.Cli.Commands;

var root = new RootCommand("review: review and correct aligned sentence pairs in the terminal");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}
return root.Parse(args).Invoke();
