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
return root.Parse(args).Invoke();
