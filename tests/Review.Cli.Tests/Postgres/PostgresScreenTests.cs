using Review.Cli.Tests.EndToEnd;
using Review.Storage.Postgres;

namespace Review.Cli.Tests.Postgres;

/// <summary>
/// `review open --db postgresql://...` through the real binary under tmux, and the server going
/// away in the middle: the decision made meanwhile shows as NOT SAVED, is retried, and is saved
/// exactly once when the server is back.
/// </summary>
public sealed class PostgresScreenTests(PostgresServer shared)
{
    [Fact]
    public void A_decision_made_while_the_server_restarts_is_retried_and_saved_exactly_once()
    {
        // A private server: stopping the shared one would pull it from under the other tests.
        using var server = new PostgresServer();
        using var run = new PostgresReviewRun(server, server.CreateDatabase());
        using (var tmux = run.Open("e2e"))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            tmux.Keys("a");
            tmux.WaitFor(ReviewRun.Id(2));

            server.Stop();
            tmux.Keys("a");
            var screen = tmux.WaitFor("NOT SAVED");
            Assert.Contains("the database server cannot be reached", screen);
            Assert.DoesNotContain(PostgresServer.Password, screen);
            server.Start();

            tmux.WaitFor(ReviewRun.Id(3));
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        var rows = run.Export();
        Assert.Equal("accepted", rows[ReviewRun.Id(1)].GetProperty("status").GetString());
        Assert.Equal("accepted", rows[ReviewRun.Id(2)].GetProperty("status").GetString());
        Assert.Equal("pending", rows[ReviewRun.Id(3)].GetProperty("status").GetString());
        using var store = PostgresStore.Open(run.Url.Replace("postgres@", $"postgres:{PostgresServer.Password}@", StringComparison.Ordinal));
        Assert.Single(store.History(store.FindByExternalId(ReviewRun.Id(2))!.Id));
        Assert.Equal(2, store.Stats().ByAnnotator["e2e"]);
    }

    [Fact]
    public void Review_open_on_a_server_shows_the_pairs_and_saves_decisions_as_on_a_file()
    {
        using var run = new PostgresReviewRun(shared);
        using (var tmux = run.Open("ana"))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            tmux.Keys("a");
            tmux.WaitFor(ReviewRun.Id(2));
            tmux.Keys("x");
            tmux.WaitFor("reason");
            tmux.Type("정렬 오류");
            tmux.Keys("Enter");
            tmux.WaitFor(ReviewRun.Id(3));
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }

        var rows = run.Export();
        Assert.Equal("accepted", rows[ReviewRun.Id(1)].GetProperty("status").GetString());
        Assert.Equal("rejected", rows[ReviewRun.Id(2)].GetProperty("status").GetString());
        Assert.Equal("정렬 오류", rows[ReviewRun.Id(2)].GetProperty("note").GetString());
    }
}
