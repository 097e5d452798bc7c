using Review.Core.Pairs;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>Hunk stepping on the real binary under tmux, on the demo set the README opens.</summary>
public sealed class HunkEndToEndTests : IDisposable
{
    private const string PairId = "arxiv-ko-0093";
    private const string Sentence = "이러한 분수를 더하기 위해서는 세 분모(-4, -2, -3)의 최소공배수(LCM)인 공통분모를 찾아야 한다. ";

    private readonly ReviewRun _run = new(Path.Combine(RepositoryRoot(), "data", "demo-ko.jsonl"));

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Taking_the_first_hunk_and_leaving_the_second_saves_that_text(int width, int height)
    {
        // The suggestion adds 들 (hunk 1) and turns 입니다 into 이다 (hunk 2).
        using (var tmux = _run.Open(width, height))
        {
            tmux.WaitFor("arxiv-ko-0001");
            tmux.Keys("g");
            tmux.WaitFor("go to");
            tmux.Type(PairId);
            tmux.Keys("Enter");
            tmux.WaitFor("0093");
            tmux.Keys("]");
            tmux.WaitFor("[1]");
            tmux.Keys("y");
            tmux.WaitUntil(screen => screen.Contains("1 taken") || screen.Contains("분모들의"), "hunk 1 taken");
            tmux.Keys("n");
            tmux.Keys("a");
            tmux.WaitFor("arxiv-ko-0096");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        var row = _run.Export()[PairId];
        Assert.Equal("edited", row.GetProperty("status").GetString());
        Assert.Equal(Sentence + "이 분모들의 LCM은 -12입니다.", row.GetProperty("target").GetString());
        using var store = ReviewStore.Open(_run.DatabasePath);
        var decision = store.EffectiveDecision(store.FindByExternalId(PairId)!.Id)!;
        Assert.Equal((DecisionKind.Edit, "1/2"), (decision.Kind, decision.Hunks));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Review.sln")))
        {
            folder = folder.Parent;
        }
        return folder!.FullName;
    }
}
