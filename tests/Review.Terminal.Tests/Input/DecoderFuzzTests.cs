using System.Text;
using Review.Terminal.Input;

namespace Review.Terminal.Tests.Input;

public sealed class DecoderFuzzTests
{
    // Bytes that steer the state machine into its corners, mixed with uniform noise.
    private static readonly byte[] Interesting = "\e[]OP_<;~0123456789MmuIZAR\\\a\r\t\u007f"u8.ToArray();

    [Fact]
    public void Random_bytes_never_throw_and_decode_the_same_however_they_are_chunked()
    {
        var random = new Random(20261121);
        for (var round = 0; round < 2000; round++)
        {
            var input = RandomBytes(random);

            var whole = Run(input, [input.Length]);
            var chunked = Run(input, RandomCuts(random, input.Length));

            Assert.Equal(whole, chunked);
        }
    }

    [Fact]
    public void Every_decoded_key_text_is_well_formed_unicode()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var decoder = new InputDecoder();
            var events = decoder.Decode(RandomBytes(random));
            foreach (var key in events.OfType<KeyEvent>())
            {
                Assert.True(key.Key != Key.Char || IsWellFormed(key.Text), $"round {round}: {key}");
            }
        }
    }

    private static bool IsWellFormed(string? text) =>
        !string.IsNullOrEmpty(text) && Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 80)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
        }

        return bytes;
    }

    private static List<int> RandomCuts(Random random, int length)
    {
        var sizes = new List<int>();
        for (var left = length; left > 0;)
        {
            var size = Math.Min(left, random.Next(1, 6));
            sizes.Add(size);
            left -= size;
        }

        return sizes;
    }

    private static string Run(byte[] input, List<int> chunkSizes)
    {
        var decoder = new InputDecoder();
        var events = new List<TerminalEvent>();
        var offset = 0;
        foreach (var size in chunkSizes)
        {
            events.AddRange(decoder.Decode(input.AsSpan(offset, size)));
            offset += size;
        }

        decoder.FlushPendingEscape();
        events.AddRange(decoder.Decode([]));
        return EventText.Describe(events);
    }
}
