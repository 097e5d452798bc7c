using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public class Utf8OutputTests
{
    [Fact]
    public void Keeps_the_order_of_small_writes_and_writes_larger_than_its_buffer()
    {
        var large = Enumerable.Range(0, 3 << 20).Select(i => (byte)(i % 251)).ToArray();
        var nearlyFull = Enumerable.Range(0, (1 << 20) - 3).Select(i => (byte)(i % 7)).ToArray();
        using var file = new MemoryStream();
        var output = new Utf8Output(file);
        output.Write((byte)'a');
        output.Write(nearlyFull);
        output.Write("xyz"u8);
        output.Write(large);
        output.Write((byte)'z');
        output.Flush();
        byte[] expected = [(byte)'a', .. nearlyFull, .. "xyz"u8, .. large, (byte)'z'];
        Assert.Equal(expected, file.ToArray());
    }
}
