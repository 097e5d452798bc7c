namespace Review.Core.Formats;

/// <summary>The file formats review reads and writes. <see cref="Xliff"/> writes XLIFF 1.2 and <see cref="Xliff2"/> 2.0; both read either.</summary>
public enum PairFormat
{
    Jsonl,
    Csv,
    Tsv,
    Moses,
    Tmx,
    Xliff,
    Xliff2,
    Litedb,
    Po,
}
