using Review.Terminal.Input;
using static Review.Terminal.Tests.Input.EventText;

namespace Review.Terminal.Tests.Input;

public sealed class EscapeTimeoutTests
{
    [Fact]
    public void Alt_letter_arrives_as_one_key_when_both_bytes_come_together()
    {
        var decoder = new InputDecoder();

        Assert.Equal("'x'+Alt", Describe(decoder.Decode("\ex"u8)));
    }

    [Fact]
    public void Esc_then_letter_after_the_timeout_are_two_keys()
    {
        var decoder = new InputDecoder();

        Assert.Empty(decoder.Decode("\e"u8));
        Assert.True(decoder.HasPendingEscape);
        decoder.FlushPendingEscape();
        var escape = decoder.Decode([]);
        var letter = decoder.Decode("x"u8);

        Assert.Equal("Escape", Describe(escape));
        Assert.Equal("'x'", Describe(letter));
        Assert.False(decoder.HasPendingEscape);
    }

    [Fact]
    public void Esc_split_from_its_letter_without_a_timeout_is_still_alt()
    {
        var decoder = new InputDecoder();

        var events = decoder.Decode("\e"u8).Concat(decoder.Decode("x"u8));

        Assert.Equal("'x'+Alt", Describe(events));
    }

    [Theory]
    [InlineData("\e[", "'['+Alt")]
    [InlineData("\eO", "'O'+Alt")]
    [InlineData("\e]", "']'+Alt")]
    [InlineData("\eP", "'P'+Alt")]
    [InlineData("\e[1;5", "")]
    [InlineData("\e]0;half a title", "")]
    [InlineData("\u00ed\u0095", "'\uFFFD'")]
    public void Flush_resolves_a_cut_sequence(string input, string expected)
    {
        var decoder = new InputDecoder();
        Assert.Empty(decoder.Decode(Bytes(input)));
        Assert.True(decoder.HasPendingEscape);

        decoder.FlushPendingEscape();

        Assert.Equal(expected, Describe(decoder.Decode([])));
        Assert.False(decoder.HasPendingEscape);
        Assert.Equal("'a'", Describe(decoder.Decode("a"u8)));
    }

    [Fact]
    public void Flush_never_cuts_an_open_paste()
    {
        var decoder = new InputDecoder();
        Assert.Empty(decoder.Decode("\e[200~slow "u8));
        Assert.True(decoder.InPaste);
        Assert.False(decoder.HasPendingEscape);

        decoder.FlushPendingEscape();
        var events = decoder.Decode("paste\e[201~"u8);

        Assert.Equal("Paste[slow paste]", Describe(events));
    }

    [Fact]
    public void Flush_with_nothing_pending_does_nothing()
    {
        var decoder = new InputDecoder();

        decoder.FlushPendingEscape();

        Assert.Empty(decoder.Decode([]));
    }
}
