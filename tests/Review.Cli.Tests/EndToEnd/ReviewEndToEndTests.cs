using System.Diagnostics;
using System.Text.Json;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// The real `review` binary under tmux: keys go in as a terminal sends them, the screen is read
/// back from tmux, and `review export` shows what reached the database.
/// </summary>
public sealed class ReviewEndToEndTests : IDisposable
{
    private readonly ReviewRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData(80, 24, false)]
    [InlineData(40, 12, false)]
    [InlineData(80, 24, true)]
    public void Every_decision_key_reaches_the_export(int width, int height, bool resize)
    {
        using (var tmux = _run.Open(width, height))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            Decide(tmux, 2, "a");
            Decide(tmux, 3, "s");
            if (resize)
            {
                tmux.Resize(40, 12);
            }
            tmux.Keys("e");
            tmux.WaitFor("Ctrl+S");
            tmux.Type(" 고침");
            tmux.WaitFor("고침");
            Decide(tmux, 4, "C-s");
            if (resize)
            {
                tmux.Resize(100, 30);
            }
            tmux.Keys("x");
            tmux.WaitFor("reason");
            tmux.Type("정렬 오류");
            tmux.WaitFor("정렬 오류");
            Decide(tmux, 5, "Enter");
            Decide(tmux, 6, "Space");
            Decide(tmux, 7, "a");
            tmux.Keys("u");
            tmux.WaitUntil(screen => screen.Contains(ReviewRun.Id(6)) && screen.Contains("pending"), "the undone pair, pending again");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        var rows = _run.Export();

        Assert.Equal(("accepted", "문장 1번은 짧다."), Row(rows, 1));
        Assert.Equal(("fixed", "2번 문장은 짧다."), Row(rows, 2));
        Assert.Equal(("edited", "문장 3번은 짧다. 고침"), Row(rows, 3));
        Assert.Equal(("rejected", "문장 4번은 짧다."), Row(rows, 4));
        Assert.Equal("정렬 오류", rows[ReviewRun.Id(4)].GetProperty("note").GetString());
        Assert.Equal(("skipped", "문장 5번은 짧다."), Row(rows, 5));
        Assert.Equal(("pending", "문장 6번은 짧다."), Row(rows, 6));
        Assert.Equal(("pending", "문장 7번은 짧다."), Row(rows, 7));
        Assert.Equal(("pending", "문장 8번은 짧다."), Row(rows, 8));
    }

    [Theory]
    [InlineData(80, 24, 9)]
    [InlineData(40, 12, 9)]
    [InlineData(80, 24, 15)]
    [InlineData(80, 24, 1)]
    public void A_kill_loses_no_decision_the_screen_showed(int width, int height, int signal)
    {
        const int decisions = 5;
        using (var tmux = _run.Open(width, height))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            for (var next = 2; next <= decisions + 1; next++)
            {
                Decide(tmux, next, "a");
            }
            Signal(tmux.CommandPid(), signal);
            tmux.WaitFor($"REVIEW-EXITED-{128 + signal}");
            if (signal != 9)
            {
                Assert.False(tmux.AlternateScreenOn(), "the terminal was left on the alternate screen");
            }
        }

        var rows = _run.Export();

        Assert.All(Enumerable.Range(1, decisions), i => Assert.Equal("accepted", Row(rows, i).Status));
        Assert.Equal("pending", Row(rows, decisions + 1).Status);
    }

    [Fact]
    public void Reopening_resumes_at_the_last_position()
    {
        using (var tmux = _run.Open(80, 24))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            Decide(tmux, 2, "a");
            Decide(tmux, 3, "j");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        using var again = _run.Open(80, 24);

        var screen = again.WaitUntil(s => s.Contains("1/8 done"), "the progress counts");
        Assert.Contains(ReviewRun.Id(3), screen);
    }

    [Fact]
    public void Ctrl_E_edits_the_target_in_the_editor_and_comes_back()
    {
        using (var tmux = _run.Open(80, 24, editor: "sed -i s/짧다/길다/"))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            Decide(tmux, 2, "C-e");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        Assert.Equal(("edited", "문장 1번은 길다."), Row(_run.Export(), 1));
    }

    [Fact]
    public void Without_a_terminal_open_says_why_and_imports_nothing()
    {
        var (exitCode, error) = ReviewRun.RunWithoutTerminal(_run.CorpusPath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("not a terminal", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(_run.DatabasePath));
    }

    [Fact]
    public void A_missing_file_is_a_message_not_a_stack_trace()
    {
        var (exitCode, error) = ReviewRun.RunWithoutTerminal("open", Path.Combine(_run.Folder, "nope.jsonl"));

        Assert.Equal(1, exitCode);
        Assert.Contains("nope.jsonl: no such file", error);
    }

    private static void Signal(int pid, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString()]);
        kill.WaitForExit();
    }

    /// <summary>Sends a key and waits for the pair after it, which is drawn only after COMMIT returned.</summary>
    private static void Decide(TmuxSession tmux, int nextPair, string key)
    {
        tmux.Keys(key);
        tmux.WaitFor(ReviewRun.Id(nextPair));
    }

    private static (string Status, string Target) Row(IReadOnlyDictionary<string, JsonElement> rows, int pair)
    {
        var row = rows[ReviewRun.Id(pair)];
        return (row.GetProperty("status").GetString()!, row.GetProperty("target").GetString()!);
    }
}
