using Microsoft.Data.Sqlite;
using Review.Core.Pairs;
using Review.Storage.Sqlite;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

public sealed class BusyDatabaseTests : IDisposable
{
    private readonly KoreanCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_decision_blocked_by_another_writer_is_shown_as_not_saved_and_never_as_saved()
    {
        using var screen = new ScreenHarness(_corpus, 80, 24, options: new StoreOptions(TimeSpan.FromMilliseconds(50)));
        using var writer = new SqliteConnection($"Data Source={_corpus.Path}");
        writer.Open();
        using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }
        // The quit keys wait in the queue: the loop shows the failure, then sees them while retrying;
        // the first only warns that the decision would be dropped.
        screen.Terminal.Enqueue(KeyEvent.Char("q"));
        screen.Terminal.Enqueue(KeyEvent.Char("q"));

        screen.Keys("a");

        Assert.Contains("NOT SAVED, retrying", screen.Screen);
        Assert.DoesNotContain(" saved ", screen.Screen);
        Assert.True(screen.Loop.State.Quitting);
        using var rollback = writer.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        rollback.ExecuteNonQuery();
        Assert.Equal(PairStatus.Pending, screen.Store.StatusOf(new PairId(1)));
    }
}
