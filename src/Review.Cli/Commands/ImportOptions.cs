using Review.Core.Checks;
using System.CommandLine;
using Review.Core.Formats;

namespace Review.Cli.Commands;

/// <summary>The options of <c>review import</c>, and how they become an <see cref="ImportRequest"/>.</summary>
internal sealed class ImportOptions
{
    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = "Files to import; a Moses corpus is two files, source then target (e.g. corpus.en corpus.ko)",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Db { get; } = new("--db") { Description = "The review database (created if missing)", Required = true };

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "jsonl, csv, tsv, moses, tmx, xliff (1.2 or 2.0), po or litedb (default: from the extension, then the content)",
    };

    public Option<string?> SourceField { get; } = new("--source-field") { Description = "JSONL key or CSV/TSV column of the source text" };

    public Option<string?> TargetField { get; } = new("--target-field") { Description = "JSONL key or CSV/TSV column of the target text" };

    public Option<string?> SuggestionField { get; } = new("--suggestion-field") { Description = "Key or column of a suggested fix (default: suggestion, if present)" };

    public Option<string?> IdField { get; } = new("--id-field") { Description = "Key or column of the pair id (default: id, if present; else FILE:LINE)" };

    public Option<string?> Lang { get; } = new("--lang") { Description = "Source and target language, e.g. en-ko (en-US:ko-KR when tags have hyphens); default en-ko" };

    public Option<string> OnDuplicate { get; } = new("--on-duplicate")
    {
        Description = "error (default): a duplicate id fails the file; skip: import the rest and report",
        DefaultValueFactory = _ => "error",
    };

    public Option<bool> NoRepair { get; } = new("--no-repair")
    {
        Description = "Keep a target column that looks garbled by a wrong encoding as it is, instead of repairing it",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Check settings (review.toml or .json); default: review.toml or review.json next to the database",
    };

    public Option<string?> Align { get; } = new("--align")
    {
        Description = "sentences: split each paragraph pair into sentences and import the aligned groups (PARENT#n) instead, with an alignment finding on uncertain links",
    };

    public Option<bool> NoChecks { get; } = new("--no-checks") { Description = "Import without running the checks" };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong(Enum.GetValues<PairFormat>().Select(PairFormats.Of).ToArray());
        OnDuplicate.AcceptOnlyFromAmong("error", "skip");
        Align.AcceptOnlyFromAmong("sentences");
        command.Arguments.Add(Files);
        foreach (var option in new Option[] { Db, Format, SourceField, TargetField, SuggestionField, IdField, Lang, OnDuplicate, NoRepair, Config, NoChecks, Align })
        {
            command.Options.Add(option);
        }
    }

    public PairFormat? FormatOf(ParseResult parse) =>
        parse.GetValue(Format) is { } name && PairFormats.TryParse(name, out var format) ? format : null;

    /// <summary>The request, or null with <paramref name="problem"/> set when <c>--lang</c> is malformed.</summary>
    public ImportRequest? RequestOf(ParseResult parse, out string? problem)
    {
        problem = null;
        LanguagePair? languages = null;
        if (parse.GetValue(Lang) is { } lang && !LanguagePair.TryParse(lang, out languages))
        {
            problem = $"--lang {lang}: expected SOURCE-TARGET, e.g. en-ko";
            return null;
        }
        var fields = new FieldOptions(parse.GetValue(SourceField), parse.GetValue(TargetField), parse.GetValue(SuggestionField), parse.GetValue(IdField));
        var policy = parse.GetValue(OnDuplicate) == "skip" ? DuplicatePolicy.Skip : DuplicatePolicy.Error;
        var checks = parse.GetValue(NoChecks) ? null : CheckConfig.ForDatabase(StoreFactory.SettingsAnchor(parse.GetValue(Db)!), parse.GetValue(Config));
        return new ImportRequest(fields, languages, policy, !parse.GetValue(NoRepair), checks) { AlignSentences = parse.GetValue(Align) == "sentences" };
    }
}
