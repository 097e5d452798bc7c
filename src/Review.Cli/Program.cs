using System.CommandLine;
using Review.Cli.Commands;

var root = new RootCommand("""
    review: review and correct aligned sentence pairs (English source, Korean/Chinese machine translation).

    Start with:
      review import data/arxiv-translator-ko.jsonl --db review.db
      review stats --db review.db
      review export --db review.db --out reviewed.jsonl --status accepted,fixed,edited

    Run `review COMMAND --help` for the options of each command.
    """);
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}
// Commands turn their failures into one line themselves (UserErrors); this catches what escapes them,
// so that no trace ever reaches the terminal.
try
{
    return root.Parse(OpenShorthand(args)).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return UserErrors.Fail(Console.Error, UserErrors.MessageOf(e, null));
}

// `review FILE ...` means `review open FILE ...`: a first word that is no subcommand or option names a file.
string[] OpenShorthand(string[] words) =>
    words.Length == 0 || words[0].StartsWith('-') || root.Subcommands.Any(c => c.Name == words[0] || c.Aliases.Contains(words[0]))
        ? words
        : ["open", .. words];
