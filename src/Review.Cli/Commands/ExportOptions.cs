using System.CommandLine;

namespace Review.Cli.Commands;

/// <summary>The options of <c>review export</c>.</summary>
internal sealed class ExportOptions
{
    public Option<string> Db { get; } = new("--db") { Description = "The review database", Required = true };

    public Option<string> Out { get; } = new("--out")
    {
        Description = "The file to write; for moses, FILE.src and FILE.tgt",
        Required = true,
    };

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "jsonl, csv, tsv, tmx or moses (default: from the --out extension)",
    };

    public Option<string?> Status { get; } = new("--status")
    {
        Description = "Only pairs with these statuses, e.g. accepted,fixed,edited (default: all)",
    };

    public Option<bool> Force { get; } = new("--force") { Description = "Replace an existing output file" };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("jsonl", "csv", "tsv", "tmx", "moses");
        command.Options.Add(Db);
        command.Options.Add(Out);
        command.Options.Add(Format);
        command.Options.Add(Status);
        command.Options.Add(Force);
    }
}
