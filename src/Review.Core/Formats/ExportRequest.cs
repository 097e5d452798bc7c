namespace Review.Core.Formats;

/// <summary>Where and how to export. For Moses, <see cref="OutPath"/> gets <c>.src</c> and <c>.tgt</c> appended.</summary>
public sealed record ExportRequest(string OutPath, PairFormat Format, bool Force)
{
    /// <summary>A pair's decision history by its id, for formats that carry it (LiteDB); null leaves it out.</summary>
    public Func<string, IReadOnlyList<Review.Core.Pairs.Decision>>? History { get; init; }

    public IReadOnlyList<string> Files => Format == PairFormat.Moses ? [OutPath + ".src", OutPath + ".tgt"] : [OutPath];

    /// <summary>The format named by the output's extension, if any.</summary>
    public static PairFormat? FormatFromExtension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => PairFormat.Jsonl,
        ".tsv" => PairFormat.Tsv,
        ".csv" => PairFormat.Csv,
        ".tmx" => PairFormat.Tmx,
        ".xlf" or ".xliff" => PairFormat.Xliff,
        ".litedb" => PairFormat.Litedb,
        _ => null,
    };
}
