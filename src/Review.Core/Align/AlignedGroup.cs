namespace Review.Core.Align;

/// <summary>
/// One aligned group of a paragraph pair: the sentences <see cref="SourceSentences"/> of the parent's
/// source against <see cref="TargetSentences"/> of its target (either may be empty for a 1-0 or 0-1
/// link), their text, and the link's confidence. <see cref="Id"/> is <c>PARENT#n</c>, n from 1.
/// </summary>
public sealed record AlignedGroup(
    string Id,
    string Parent,
    string Source,
    string Target,
    IReadOnlyList<int> SourceSentences,
    IReadOnlyList<int> TargetSentences,
    double Confidence)
{
    public string Kind => $"{SourceSentences.Count}-{TargetSentences.Count}";
}
