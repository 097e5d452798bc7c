namespace Review.Core.Agreement;

/// <summary>
/// What the compared edits add up to: <see cref="Compared"/> pairs of edited texts, of which
/// <see cref="Identical"/> were the same, their mean and lowest similarity, and <see cref="TooLong"/>
/// pairs of texts too long to compare (left out of the mean).
/// </summary>
public sealed record SimilaritySummary(long Compared, long Identical, double? Mean, double? Lowest, long TooLong)
{
    public static SimilaritySummary None { get; } = new(0, 0, null, null, 0);

    public SimilaritySummary With(double? similarity)
    {
        if (similarity is not double s)
        {
            return this with { TooLong = TooLong + 1 };
        }
        var compared = Compared + 1;
        return new SimilaritySummary(
            compared,
            Identical + (s >= 1 ? 1 : 0),
            ((Mean ?? 0) * Compared + s) / compared,
            Lowest is double low ? Math.Min(low, s) : s,
            TooLong);
    }
}
