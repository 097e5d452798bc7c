using Review.Cli.Tests.Screen;
using Review.Core.Pairs;

namespace Review.Cli.Tests.Faults;

/// <summary>The last pair: pressing a decision key again there records nothing new, and the screen says what is left.</summary>
public sealed class LastPairTests : IDisposable
{
    private readonly KoreanCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Accepting_the_last_pair_again_and_again_records_one_decision_and_says_the_corpus_is_done()
    {
        using var screen = new ScreenHarness(_corpus, 100, 24);

        screen.Keys("aaaaa");
        screen.Keys("aaa");

        Assert.Single(screen.Store.History(new PairId(5)));
        Assert.Equal(5, Enumerable.Range(1, 5).Sum(i => screen.Store.History(new PairId(i)).Count));
        Assert.Contains("the corpus is done", screen.Screen);
    }

    [Fact]
    public void The_last_pair_decided_with_pairs_left_behind_goes_on_through_the_queue_to_the_first_pending_one()
    {
        using var screen = new ScreenHarness(_corpus, 120, 24);

        screen.Keys("ajjja");

        Assert.Single(screen.Store.History(new PairId(5)));
        Assert.Contains("pair 2 of 5 · ko-0002 · pending", screen.Screen);
    }
}
