using Review.Core.Pairs;
using Review.Core.Text;

namespace Review.Core.Tests.Text;

public sealed class DiffCacheTests
{
    [Fact]
    public void A_repeated_request_returns_the_cached_result()
    {
        var cache = new DiffCache(new TextDiff());
        var first = cache.Get(new PairId(1), "수집한다", "크롤링한다", DiffGranularity.Automatic);
        Assert.Same(first, cache.Get(new PairId(1), "수집한다", "크롤링한다", DiffGranularity.Automatic));
    }

    [Fact]
    public void An_edited_text_or_another_granularity_is_diffed_afresh()
    {
        var cache = new DiffCache(new TextDiff());
        var first = cache.Get(new PairId(1), "수집한다", "크롤링한다", DiffGranularity.Automatic);
        var edited = cache.Get(new PairId(1), "수집한다", "모은다", DiffGranularity.Automatic);
        var byWord = cache.Get(new PairId(1), "수집한다", "크롤링한다", DiffGranularity.Word);
        Assert.NotSame(first, edited);
        Assert.Equal("모은다", edited.NewText());
        Assert.NotSame(first, byWord);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void The_least_recently_used_pair_is_evicted_at_capacity()
    {
        var cache = new DiffCache(new TextDiff(), capacity: 2);
        var one = cache.Get(new PairId(1), "가", "나", DiffGranularity.Automatic);
        var two = cache.Get(new PairId(2), "다", "라", DiffGranularity.Automatic);
        Assert.Same(one, cache.Get(new PairId(1), "가", "나", DiffGranularity.Automatic));
        cache.Get(new PairId(3), "마", "바", DiffGranularity.Automatic);
        Assert.Equal(2, cache.Count);
        Assert.Same(one, cache.Get(new PairId(1), "가", "나", DiffGranularity.Automatic));
        Assert.NotSame(two, cache.Get(new PairId(2), "다", "라", DiffGranularity.Automatic));
    }
}
