using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

/// <summary>The stored findings are recomputed whenever a decision changes the text, and an undo brings back the old ones.</summary>
public sealed class FindingsFollowTextTests : IDisposable
{
    private static readonly PairId First = new(1);
    private readonly SampleDatabase _sample = new();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public void An_edit_reruns_the_checks_on_the_new_text_and_drops_the_guesses()
    {
        using var screen = new ScreenHarness(_sample.Path, 80, 24);
        var before = screen.Store.Findings(First);
        Assert.Contains(before, f => f.CheckId == EncodingFindings.CheckId);
        Assert.DoesNotContain(before, f => f.CheckId == "truncation");

        screen.Keys("e").Send(new KeyEvent(Key.End)).Keys(" [999]").Send(KeyEvent.Char("s", Modifiers.Ctrl));

        var pair = screen.Store.GetPair(First)!;
        var text = screen.Store.FinalTarget(First);
        var config = CheckConfig.ForDatabase(_sample.Path, null);
        var band = new LengthRatioCalibrator();
        foreach (var imported in screen.Store.Page(0, 1024))
        {
            band.Add(imported.Source, imported.Target);
        }
        var expected = CheckCatalog.Create(config, band.Band(LengthRatioBand.Default("en", "ko"))).Run(pair.Source, text, pair.SourceLang, pair.TargetLang);
        var stored = screen.Store.Findings(First);
        Assert.EndsWith(" [999]", text);
        Assert.DoesNotContain(stored, f => f.CheckId == EncodingFindings.CheckId);
        Assert.Equal(expected.Findings.Select(f => (f.CheckId, f.Message)), stored.Select(f => (f.CheckId, f.Message)));
        Assert.Contains(stored, f => f.CheckId == "truncation");
    }

    [Fact]
    public void An_edit_is_judged_by_the_length_band_the_corpus_was_imported_with()
    {
        // Every target is twice its source's length: far outside the hand-set en-ko band, normal for this corpus.
        using var folder = new TempFolder();
        var lines = Enumerable.Range(3, 40).Select(words =>
            $"{{\"id\":\"p{words}\",\"source\":\"{string.Join(' ', Enumerable.Repeat("sentence", words))}.\",\"target\":\"{string.Join(' ', Enumerable.Repeat("문장이길어요문장이길어요문장이", words))}.\"}}\n");
        var path = folder.Write("long.jsonl", string.Concat(lines));
        var database = folder.File("long.db");
        using (var store = ReviewStore.Open(database))
        {
            new PairImporter(store, ImportRequest.Default with { Checks = CheckConfig.Default }).Import(new ImportInput(PairFormat.Jsonl, [path]));
            Assert.DoesNotContain(store.Findings(First), f => f.CheckId == LengthRatioCheck.CheckId);
        }
        using var screen = new ScreenHarness(database, 80, 24);

        screen.Keys("e").Send(new KeyEvent(Key.End)).Keys(" 문장이길어요").Send(KeyEvent.Char("s", Modifiers.Ctrl));

        var pair = screen.Store.GetPair(First)!;
        var text = screen.Store.FinalTarget(First);
        Assert.Contains(CheckCatalog.Create().Run(pair.Source, text, "en", "ko").Findings, f => f.CheckId == LengthRatioCheck.CheckId);
        Assert.DoesNotContain(screen.Store.Findings(First), f => f.CheckId == LengthRatioCheck.CheckId);
    }

    [Fact]
    public void Undo_brings_back_the_findings_of_the_repaired_text()
    {
        using var screen = new ScreenHarness(_sample.Path, 80, 24);
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
        using var screen = new ScreenHarness(_sample.Path, 80, 24);
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
