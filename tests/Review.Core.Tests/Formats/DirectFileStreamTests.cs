using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class DirectFileStreamTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4 << 20)]
    [InlineData((9 << 20) + 123)]
    public void Writes_exactly_the_bytes_given_across_blocks_and_a_partial_tail(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7 % 251)).ToArray();
        var path = _folder.File("out.bin");
        using (var stream = new DirectFileStream(File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write)))
        {
            // Uneven pieces, so writes straddle the block boundaries.
            for (var at = 0; at < size; at += 1_000_003)
            {
                stream.Write(bytes, at, Math.Min(1_000_003, size - at));
            }
            stream.Complete();
            Assert.Equal(size, stream.Length);
        }
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Single_bytes_and_spans_keep_their_order_across_a_block_boundary()
    {
        var nearlyFull = Enumerable.Range(0, (4 << 20) - 2).Select(i => (byte)(i % 7)).ToArray();
        var path = _folder.File("bytes.bin");
        using (var stream = new DirectFileStream(File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write)))
        {
            stream.WriteByte((byte)'a');
            stream.Write(nearlyFull);
            foreach (var b in "xyz"u8)
            {
                stream.WriteByte(b);
            }
            stream.Write("tail"u8);
            stream.Complete();
        }
        byte[] expected = [(byte)'a', .. nearlyFull, .. "xyztail"u8];
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_stream_dropped_before_completion_releases_its_file()
    {
        var path = _folder.File("dropped.bin");
        using (var stream = new DirectFileStream(File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write)))
        {
            stream.Write(new byte[(5 << 20) + 10]);
        }
        File.Delete(path);
        Assert.False(File.Exists(path));
    }
}
