using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// A pair some change of alignment has touched: its texts before the first change (as that
/// change's record keeps them, encoding repair included) and its texts now.
/// </summary>
public sealed record RealignedPair(string ExternalId, AlignedTexts Original, AlignedTexts Current)
{
    /// <summary>
    /// Whether its texts differ from the original alignment's; a pair whose changes were all undone
    /// is back where it was, and its decisions still judge the texts it was imported with.
    /// </summary>
    public bool Moved => (Original.Source, Original.Target, Original.Suggestion) != (Current.Source, Current.Target, Current.Suggestion);
}
