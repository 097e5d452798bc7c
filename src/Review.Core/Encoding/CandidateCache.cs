using System.Collections.Concurrent;
using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// Candidates depend only on the code page and the observed bytes, and a column repeats the same
/// few hundred incomplete patterns thousands of times, so each pattern is enumerated once per process.
/// </summary>
internal static class CandidateCache
{
    private static readonly ConcurrentDictionary<(CodePage Page, long Key), IReadOnlyList<Rune>> Cache = new();

    public static IReadOnlyList<Rune> For(GarbledSegment segment, CodePage page) =>
        Cache.GetOrAdd((page, segment.Key), static (key, seg) => CandidateEnumerator.For(seg.ToBytes(), key.Page.DroppedBytes), segment);
}
