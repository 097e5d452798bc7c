namespace Review.Core.Formats;

/// <summary>The file formats review reads and writes.</summary>
public enum PairFormat
{
    Jsonl,
    Csv,
    Tsv,
    Moses,
    Tmx,
    Po,
}
