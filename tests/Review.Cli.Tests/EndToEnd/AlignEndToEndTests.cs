using Review.Cli.Tests.Commands;
using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>Merge, split and the two shifts on the sample corpus, by the real binary under tmux, each undone with u.</summary>
public sealed class AlignEndToEndTests : IDisposable
{
    private readonly ReviewRun _run = new(Sample.Corpus);

    public void Dispose() => _run.Dispose();

    [Fact]
    public void Merge_split_and_shift_work_on_the_sample_and_u_undoes_each()
    {
        using (var tmux = _run.Open(100, 30))
        {
            tmux.WaitFor("pair 1 of 100");
            tmux.Keys("J");
            tmux.WaitFor("merge of #1 and #2: saved");
            tmux.Keys("u");
            tmux.WaitFor("undid the merge of #1 and #2");
            tmux.Keys("S");
            tmux.WaitFor("split after sentences (source target): 1 1");
            tmux.Keys("Enter");
            tmux.WaitFor("split of #1 into #1 and #2: saved");
            tmux.Keys("u");
            tmux.WaitFor("undid the split of #1 into #1 and #2");
            tmux.Keys(">");
            tmux.WaitFor("shift of #1's target down to #2: saved");
            tmux.Keys("u");
            tmux.WaitFor("undid the shift of #1's target down to #2");
            tmux.Keys("j");
            tmux.WaitFor("pair 2 of 100");
            tmux.Keys("<");
            tmux.WaitFor("shift of #2's target up to #1: saved");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        using var store = ReviewStore.Open(_run.DatabasePath);
        var first = store.FindByOrd(1)!;
        var second = store.FindByOrd(2)!;
        var original = (store.OriginalAlignment(first.Id)!, store.OriginalAlignment(second.Id)!);
        Assert.Equal("", second.Target);
        Assert.Equal(original.Item1.Target + " " + original.Item2.Target, first.Target);
        Assert.Equal(original.Item1.Source, first.Source);
        Assert.Equal(
            [DecisionKind.Realign, DecisionKind.Undo, DecisionKind.Realign, DecisionKind.Undo, DecisionKind.Realign, DecisionKind.Undo, DecisionKind.Realign],
            store.History(first.Id).Select(d => d.Kind));
        Assert.All(store.History(first.Id), d => Assert.Equal("e2e", d.Annotator));
        Assert.Equal(["merge", "split", "shift-down", "shift-up"], store.AlignmentEdits(second.Id).Select(e => AlignmentNames.Of(e.Change.Operation)));
        Assert.Equal([true, true, true, false], store.AlignmentEdits(second.Id).Select(e => e.Undone));
    }
}
