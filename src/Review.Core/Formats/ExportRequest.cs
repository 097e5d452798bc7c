namespace Review.Core.Formats;

/// <summary>
/// Where and how to export. For Moses, <see cref="OutPath"/> gets the two language tags appended
/// (<c>corpus.en</c>, <c>corpus.zh_CN</c>), which the Moses reader takes the languages from; without
/// <see cref="Languages"/> (or when both tags are the same) it gets <c>.src</c> and <c>.tgt</c>.
/// </summary>
public sealed record ExportRequest(string OutPath, PairFormat Format, bool Force)
{
    /// <summary>A pair's decision history by its id, for formats that carry it (LiteDB); null leaves it out.</summary>
    public Func<string, IReadOnlyList<Review.Core.Pairs.Decision>>? History { get; init; }

    /// <summary>
    /// A pair's current decisions by its id, every annotator's and the adjudicator's, for
    /// <c>--with-decisions</c> (JSONL only); null leaves them out.
    /// </summary>
    public Func<string, Review.Core.Agreement.PairDecisions>? TeamDecisions { get; init; }

    /// <summary>The languages of the pairs, when they all share one pair of tags.</summary>
    public LanguagePair? Languages { get; init; }

    /// <summary>What a PO export writes for a rejected pair.</summary>
    public PoRejected PoRejected { get; init; } = PoRejected.Untranslated;

    public IReadOnlyList<string> Files => Format != PairFormat.Moses ? [OutPath]
        : Languages is { } l && !string.Equals(l.Source, l.Target, StringComparison.OrdinalIgnoreCase)
            ? [$"{OutPath}.{l.Source}", $"{OutPath}.{l.Target}"]
            : [OutPath + ".src", OutPath + ".tgt"];

    /// <summary>The format named by the output's extension, if any.</summary>
    public static PairFormat? FormatFromExtension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => PairFormat.Jsonl,
        ".tsv" => PairFormat.Tsv,
        ".csv" => PairFormat.Csv,
        ".tmx" => PairFormat.Tmx,
        ".xlf" or ".xliff" => PairFormat.Xliff,
        ".litedb" => PairFormat.Litedb,
        ".po" or ".pot" => PairFormat.Po,
        _ => null,
    };
}
