namespace Review.Core.Session;

/// <summary>
/// Corpus progress for the status line. Done counts accepted, fixed, edited and rejected pairs;
/// skipped pairs are neither done nor pending. Known is false until the counts have been read.
/// </summary>
public sealed record ProgressCounts(long Total, long Done, long Pending, bool Known)
{
    public static ProgressCounts Unknown(long total) => new(total, 0, 0, false);
}
