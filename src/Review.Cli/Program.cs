using System.CommandLine;
using Review.Cli.Commands;

var root = new RootCommand("review: review and correct aligned sentence pairs in the terminal");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}
return root.Parse(OpenShorthand(args)).Invoke();

// `review FILE ...` means `review open FILE ...`: a first word that is no subcommand or option names a file.
string[] OpenShorthand(string[] words) =>
    words.Length == 0 || words[0].StartsWith('-') || root.Subcommands.Any(c => c.Name == words[0] || c.Aliases.Contains(words[0]))
        ? words
        : ["open", .. words];
