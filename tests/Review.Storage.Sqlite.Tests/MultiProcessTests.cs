using Review.Core.Pairs;

namespace Review.Storage.Sqlite.Tests;

/// <summary>Several real processes writing one file at once, and writers killed mid-flight.</summary>
public sealed class MultiProcessTests : IDisposable
{
    // Generous: 2 shared cores and an fsync per decision make a slow CI machine slower still.
    private static readonly TimeSpan WriterBusyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    private readonly ScratchDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Four_writers_at_once_lose_no_decision_and_never_report_locked()
    {
        const int Writers = 4;
        const int Each = 250;
        Seed(40);

        var writers = Enumerable.Range(1, Writers)
            .Select(w => StoreWriterProcess.Decide(_db.Path, $"writer{w}", Each, WriterBusyTimeout))
            .ToList();
        try
        {
            foreach (var writer in writers)
            {
                var exit = writer.WaitForExit(RunTimeout);
                Assert.True(exit == 0, $"writer exited {exit}: {writer.Errors}");
                Assert.DoesNotContain("locked", writer.Errors, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(Each, writer.Acks.Count);
            }
        }
        finally
        {
            writers.ForEach(w => w.Dispose());
        }

        AssertAcknowledgedPresent(writers.SelectMany(w => w.Acks));
        Assert.Equal(Writers * Each, RawSqlite.Number(_db.Path, "SELECT count(*) FROM decisions"));
        for (var w = 1; w <= Writers; w++)
        {
            Assert.Equal(Each, RawSqlite.Number(_db.Path, $"SELECT count(DISTINCT note) FROM decisions WHERE annotator = 'writer{w}'"));
        }
        AssertStatusFollowsLatestDecision();
        Assert.Equal("ok", RawSqlite.Text(_db.Path, "PRAGMA integrity_check"));
    }

    [Fact]
    public void Killing_a_writer_at_random_moments_keeps_every_acknowledged_decision()
    {
        Seed(25);
        var random = new Random();
        for (var round = 1; round <= 5; round++)
        {
            var annotator = $"crash{round}";
            List<WriterAck> acks;
            using (var writer = StoreWriterProcess.Decide(_db.Path, annotator, 100_000, WriterBusyTimeout))
            {
                writer.WaitForLines(random.Next(1, 60), RunTimeout);
                Thread.Sleep(random.Next(0, 25));
                writer.KillHard();
                acks = [.. writer.Acks];
                Assert.True(acks.Count > 0, $"round {round}: the writer acknowledged nothing before the kill: {writer.Errors}");
            }

            using (var store = ReviewStore.Open(_db.Path))
            {
                Assert.True(store.PairCount() == 25, $"round {round}: pairs lost");
            }
            AssertAcknowledgedPresent(acks);
            var stored = RawSqlite.Number(_db.Path, $"SELECT count(*) FROM decisions WHERE annotator = '{annotator}'");
            // At most one decision committed between its COMMIT and the kill, before its ack was printed.
            Assert.InRange(stored, acks.Count, acks.Count + 1);
            Assert.Equal("ok", RawSqlite.Text(_db.Path, "PRAGMA integrity_check"));
            AssertStatusFollowsLatestDecision();
        }
    }

    [Fact]
    public void Killing_an_import_midway_leaves_the_database_as_it_was()
    {
        Seed(10);
        var random = new Random();
        for (var round = 1; round <= 3; round++)
        {
            using (var importer = StoreWriterProcess.Import(_db.Path, 1_000_000))
            {
                importer.WaitForLines(random.Next(1, 40), RunTimeout);
                importer.KillHard();
                Assert.True(importer.Lines.Count > 0, $"round {round}: the importer printed nothing: {importer.Errors}");
                Assert.DoesNotContain("committed", importer.Lines);
            }

            using (var store = ReviewStore.Open(_db.Path))
            {
                Assert.Equal(10, store.PairCount());
                Assert.Single(store.Imports());
            }
            Assert.Equal("ok", RawSqlite.Text(_db.Path, "PRAGMA integrity_check"));
            Assert.Equal("wal", RawSqlite.Text(_db.Path, "PRAGMA journal_mode"));
        }
    }

    [Fact]
    public void An_import_run_to_the_end_by_another_process_is_all_there()
    {
        Seed(10);

        using (var importer = StoreWriterProcess.Import(_db.Path, 5000))
        {
            Assert.Equal(0, importer.WaitForExit(RunTimeout));
            Assert.Equal("committed", importer.Lines[^1]);
        }

        using var store = ReviewStore.Open(_db.Path);
        Assert.Equal(5010, store.PairCount());
        Assert.Equal(5000, store.Imports()[^1].PairCount);
    }

    private void Seed(int pairs)
    {
        using var store = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(store, pairs);
    }

    private void AssertAcknowledgedPresent(IEnumerable<WriterAck> acks)
    {
        using var store = ReviewStore.Open(_db.Path);
        var byPair = new Dictionary<long, IReadOnlyList<Decision>>();
        for (var ord = 1L; ord <= store.PairCount(); ord++)
        {
            byPair[ord] = store.History(new PairId(ord));
        }
        var stored = byPair.Values.SelectMany(h => h).ToDictionary(d => d.Id);
        foreach (var ack in acks)
        {
            Assert.True(stored.TryGetValue(ack.DecisionId, out var decision), $"acknowledged decision {ack.DecisionId} ({ack.Note}) is missing");
            Assert.Equal(ack.Note, decision.Note);
        }
    }

    private void AssertStatusFollowsLatestDecision()
    {
        Assert.Equal(0, RawSqlite.Number(_db.Path, """
            SELECT count(*) FROM pairs p
            WHERE p.decision_id IS NOT (SELECT max(d.id) FROM decisions d WHERE d.pair_id = p.id)
            """));
        Assert.Equal(0, RawSqlite.Number(_db.Path, """
            SELECT count(*) FROM status_counts c
            WHERE c.pairs <> (SELECT count(*) FROM pairs p WHERE p.status = c.status)
            """));
    }
}
