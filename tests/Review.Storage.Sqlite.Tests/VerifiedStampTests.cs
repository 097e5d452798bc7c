using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Storage.Sqlite;

namespace Review.Storage.Sqlite.Tests;

/// <summary>
/// The stamp a clean close leaves beside a healthy file: the next open trusts it and does not wait
/// for quick_check, but any byte written since (a flipped one included) makes the file a stranger
/// again, whose writes wait for the whole check.
/// </summary>
public sealed class VerifiedStampTests : IDisposable
{
    private static readonly StoreOptions InBackground = StoreOptions.Default with { VerifyInBackground = true };

    private readonly ScratchDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private string Stamp => VerifiedStamp.PathOf(_db.Path);

    [Fact]
    public void A_clean_close_stamps_the_file_and_the_next_open_uses_the_stamp_up()
    {
        CreateHealthy();
        Assert.True(File.Exists(Stamp));

        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            Assert.True(store.Verification.Trusted);
            Assert.False(File.Exists(Stamp));
            store.Decide(new PairId(1), DecisionKind.Accept, null, "ana");
        }

        Assert.True(File.Exists(Stamp));
        using var reopened = ReviewStore.Open(_db.Path);
        Assert.True(reopened.Verification.Trusted);
        Assert.Equal(PairStatus.Accepted, reopened.StatusOf(new PairId(1)));
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    public void One_flipped_byte_after_the_close_means_a_full_check_and_no_write(double where)
    {
        CreateHealthy();
        var before = FlipPageByte(where);

        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            Assert.False(store.Verification.Trusted);
            var error = Assert.Throws<StoreException>(() => store.Decide(new PairId(1), DecisionKind.Accept, null, "ana"));
            Assert.Contains("damaged", error.Message);
            Assert.Equal(1, store.Verification.Runs);
        }

        Assert.Equal(before, File.ReadAllBytes(_db.Path));
        Assert.False(File.Exists(Stamp));
        Assert.Contains("damaged", Assert.Throws<StoreException>(() => ReviewStore.Open(_db.Path)).Message);
    }

    [Fact]
    public void A_flip_that_puts_the_modification_time_back_is_caught_by_the_check_beside_the_session()
    {
        CreateHealthy();
        var modified = File.GetLastWriteTimeUtc(_db.Path);
        FlipPageByte(0.5);
        File.SetLastWriteTimeUtc(_db.Path, modified);

        using (var store = ReviewStore.Open(_db.Path, InBackground))
        {
            Assert.True(store.Verification.Trusted);
            SpinWait.SpinUntil(() => store.Verification.Completed, TimeSpan.FromSeconds(60));
            Assert.Contains("damaged", Assert.Throws<StoreException>(() => store.Decide(new PairId(1), DecisionKind.Accept, null, "ana")).Message);
        }

        Assert.False(File.Exists(Stamp));
    }

    [Fact]
    public void A_write_by_another_program_after_the_close_voids_the_stamp()
    {
        CreateHealthy();
        RawSqlite.Execute(_db.Path, "UPDATE pairs SET target = 'changed' WHERE id = 1");

        using var store = ReviewStore.Open(_db.Path);

        Assert.False(store.Verification.Trusted);
    }

    [Fact]
    public void Only_the_last_store_to_close_a_shared_file_stamps_it()
    {
        CreateHealthy();
        var first = ReviewStore.Open(_db.Path, InBackground);
        var second = ReviewStore.Open(_db.Path, InBackground);
        second.Decide(new PairId(2), DecisionKind.Reject, null, "bo", "misaligned");

        first.Dispose();
        Assert.False(File.Exists(Stamp));
        second.Dispose();

        Assert.True(File.Exists(Stamp));
    }

    [Fact]
    public void A_store_that_never_closes_leaves_no_stamp_for_the_next_open()
    {
        CreateHealthy();
        var abandoned = ReviewStore.Open(_db.Path, InBackground);
        abandoned.SavePosition("ana", new PairId(3));

        using (var next = ReviewStore.Open(_db.Path))
        {
            Assert.False(next.Verification.Trusted);
        }
        abandoned.Dispose();
    }

    private void CreateHealthy()
    {
        using var store = ReviewStore.Open(_db.Path);
        SampleCorpus.Import(store, 2000);
    }

    /// <summary>Inverts the first byte of a page (its b-tree type, or an overflow page's next-page number).</summary>
    private byte[] FlipPageByte(double where)
    {
        const int PageSize = 4096;
        using (var stream = new FileStream(_db.Path, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = (long)(stream.Length / PageSize * where) * PageSize;
            var original = stream.ReadByte();
            stream.Position--;
            stream.WriteByte((byte)(original ^ 0xFF));
        }
        return File.ReadAllBytes(_db.Path);
    }
}
