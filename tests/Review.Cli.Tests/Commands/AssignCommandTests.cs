namespace Review.Cli.Tests.Commands;

public sealed class AssignCommandTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Round_robin_deals_pairs_in_turn_and_the_queue_serves_each_annotator_their_slice_first()
    {
        var db = _folder.File("x.db");
        Cli.Run("import", Sample.Corpus, "--db", db, "--no-checks");

        var run = Cli.Run("assign", "--db", db, "--annotators", "ana,ben,cy");

        Assert.Equal((0, "ana: 34 pairs\nben: 33 pairs\ncy: 33 pairs\n", ""), (run.Exit, run.Output.ReplaceLineEndings("\n"), run.Error));
        using var store = StoreFactory.OpenExisting(db);
        Assert.Equal(2, store.ClaimNextFor(0, "ben", Lease)!.Ord);
        Assert.Equal(3, store.ClaimNextFor(0, "cy", Lease)!.Ord);
        Assert.Equal(5, store.ClaimNextFor(2, "ben", Lease)!.Ord);
    }

    [Fact]
    public void Blocks_give_each_annotator_one_run_of_consecutive_pairs()
    {
        var db = _folder.File("x.db");
        Cli.Run("import", Sample.Corpus, "--db", db, "--no-checks");

        var run = Cli.Run("assign", "--db", db, "--annotators", "ana,ben,cy", "--by", "blocks");

        Assert.Equal((0, "ana: 33 pairs\nben: 33 pairs\ncy: 34 pairs\n"), (run.Exit, run.Output.ReplaceLineEndings("\n")));
        using var store = StoreFactory.OpenExisting(db);
        Assert.Equal(34, store.ClaimNextFor(0, "ben", Lease)!.Ord);
        Assert.Equal(67, store.ClaimNextFor(0, "cy", Lease)!.Ord);
        // Someone with no slice takes anything left, from where they are.
        Assert.Equal(1, store.ClaimNextFor(0, "dan", Lease)!.Ord);
    }

    [Theory]
    [InlineData("ana,,ben", "review: --annotators: give names separated by commas, none empty (e.g. --annotators ana,ben)\n")]
    [InlineData("ana,ben,ana", "review: --annotators: ana is named twice\n")]
    public void A_malformed_list_is_one_line_on_stderr_and_nothing_assigned(string names, string message)
    {
        var db = _folder.File("x.db");
        Cli.Run("import", Sample.Corpus, "--db", db, "--no-checks");

        var run = Cli.Run("assign", "--db", db, "--annotators", names);

        Assert.Equal((1, message), (run.Exit, run.Error.ReplaceLineEndings("\n")));
        using var store = StoreFactory.OpenExisting(db);
        Assert.Equal(1, store.ClaimNextFor(0, "ben", Lease)!.Ord);
    }
}
