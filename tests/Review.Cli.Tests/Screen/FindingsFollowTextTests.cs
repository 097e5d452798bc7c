using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

/// <summary>The stored findings are recomputed whenever a decision changes the text, and an undo brings back the old ones.</summary>
public sealed class FindingsFollowTextTests : IDisposable
{
    private static readonly PairId First = new(1);
    private readonly SampleDatabase sample = new();

    public void Dispose() => sample.Dispose();

    [Fact]
    public void An_edit_reruns_the_checks_on_the_new_text_and_drops_the_guesses()
    {
        using var screen = new ScreenHarness(sample.Path, 80, 24);
        var before = screen.Store.Findings(First);
        Assert.Contains(before, f => f.CheckId == EncodingFindings.CheckId);
        Assert.DoesNotContain(before, f => f.CheckId == "truncation");

        screen.Keys("e").Send(new KeyEvent(Key.End)).Keys(" [999]").Send(KeyEvent.Char("s", Modifiers.Ctrl));

        var pair = screen.Store.GetPair(First)!;
        var text = screen.Store.FinalTarget(First);
        var expected = CheckCatalog.Create(CheckConfig.ForDatabase(sample.Path, null)).Run(pair.Source, text, pair.SourceLang, pair.TargetLang);
        var stored = screen.Store.Findings(First);
        Assert.EndsWith(" [999]", text);
        Assert.DoesNotContain(stored, f => f.CheckId == EncodingFindings.CheckId);
        Assert.Equal(expected.Findings.Select(f => (f.CheckId, f.Message)), stored.Select(f => (f.CheckId, f.Message)));
        Assert.Contains(stored, f => f.CheckId == "truncation");
    }

    [Fact]
    public void Undo_brings_back_the_findings_of_the_repaired_text()
    {
        using var screen = new ScreenHarness(sample.Path, 80, 24);
        var before = screen.Store.Findings(First).Select(f => (f.CheckId, f.Message)).ToList();

        screen.Keys("cva");
        Assert.DoesNotContain(screen.Store.Findings(First), f => f.CheckId == EncodingFindings.CheckId);
        screen.Keys("u");

        Assert.Equal(before, screen.Store.Findings(First).Select(f => (f.CheckId, f.Message)));
        Assert.Equal(1L, screen.Loop.State.CurrentOrd);
        Assert.Contains($"Findings · {before.Count}", screen.Screen);
    }

    [Fact]
    public void A_plain_accept_leaves_the_findings_alone()
    {
        using var screen = new ScreenHarness(sample.Path, 80, 24);
        var before = screen.Store.Findings(First).Select(f => (f.CheckId, f.Message)).ToList();

        screen.Keys("a");

        Assert.Equal(before, screen.Store.Findings(First).Select(f => (f.CheckId, f.Message)));
    }

    [Fact]
    public void Taking_the_suggestion_reruns_the_checks_on_it()
    {
        using var corpus = new KoreanCorpus();
        using var screen = new ScreenHarness(corpus, 80, 24);
        Assert.Contains(screen.Store.Findings(First), f => f.CheckId == "citation");

        screen.Keys("s");

        Assert.Equal(PairStatus.Fixed, screen.Store.StatusOf(First));
        Assert.DoesNotContain(screen.Store.Findings(First), f => f.CheckId == "citation");
    }
}
