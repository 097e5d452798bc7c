using System.CommandLine;
using Review.Core.Formats;

namespace Review.Cli.Commands;

/// <summary>The options of <c>review export</c>.</summary>
internal sealed class ExportOptions
{
    public Option<string> Db { get; } = new("--db") { Description = "The review database", Required = true };

    public Option<string> Out { get; } = new("--out")
    {
        Description = "The file to write; for moses, FILE.SRCLANG and FILE.TGTLANG (FILE.src and FILE.tgt when the languages differ between imports)",
        Required = true,
    };

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "jsonl, csv, tsv, tmx, xliff (1.2), xliff2 (2.0), moses, po or litedb (default: from the --out extension)",
    };

    public Option<string?> Status { get; } = new("--status")
    {
        Description = "Only pairs with these statuses, e.g. accepted,fixed,edited (default: all)",
    };

    public Option<bool> Force { get; } = new("--force") { Description = "Replace an existing output file" };

    public Option<string> PoRejected { get; } = new("--po-rejected")
    {
        Description = "PO only: a rejected pair's msgstr is left empty (untranslated, the default) or kept and flagged fuzzy",
        DefaultValueFactory = _ => "untranslated",
    };

    public Option<bool> WithDecisions { get; } = new("--with-decisions")
    {
        Description = "JSONL only: each record also lists every annotator's current decision and marks the adjudicated one (\"decisions\")",
    };

    public Option<bool> OriginalAlignment { get; } = new("--original-alignment")
    {
        Description = "The pairs as aligned before any merge, split or shift on the screen (emptied pairs included); "
            + "a pair whose texts a change moved comes out with its earlier texts, pending and without decisions",
    };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong(Enum.GetValues<PairFormat>().Select(PairFormats.Of).ToArray());
        PoRejected.AcceptOnlyFromAmong("untranslated", "fuzzy");
        command.Options.Add(Db);
        command.Options.Add(Out);
        command.Options.Add(Format);
        command.Options.Add(Status);
        command.Options.Add(Force);
        command.Options.Add(PoRejected);
        command.Options.Add(WithDecisions);
        command.Options.Add(OriginalAlignment);
    }
}
