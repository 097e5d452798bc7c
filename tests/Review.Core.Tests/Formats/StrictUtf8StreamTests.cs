using System.Text;
using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public class StrictUtf8StreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Accepts_characters_split_across_any_reads(int step)
    {
        var text = "a가😀\r\nb é 한국어 🇰🇷\n";
        Assert.Equal(text, ReadAll(Encoding.UTF8.GetBytes(text), step));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Reports_the_offset_and_line_of_a_bad_sequence_whatever_the_split(int step)
    {
        byte[] bytes = [.. "ok\n가"u8, 0xF0, 0x9F, 0x98, (byte)'x', .. "\n"u8];
        var error = Assert.Throws<InputException>(() => ReadAll(bytes, step));
        Assert.Equal((2L, "invalid UTF-8 at byte offset 6 (0xF0 0x9F 0x98 0x78)"), (error.Line!.Value, error.Problem));
    }

    [Fact]
    public void Reports_a_sequence_cut_off_by_the_end_of_the_file()
    {
        byte[] bytes = [.. "ok"u8, 0xE2, 0x82];
        var error = Assert.Throws<InputException>(() => ReadAll(bytes, 1));
        Assert.Equal("invalid UTF-8 at byte offset 2 (0xE2 0x82)", error.Problem);
    }

    private static string ReadAll(byte[] bytes, int step)
    {
        using var stream = new StrictUtf8Stream(new TrickleStream(bytes, step), "t.tsv");
        var copy = new MemoryStream();
        var buffer = new byte[7];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.ToArray());
    }
}
