using Review.Terminal.Input;
using static Review.Terminal.Tests.Input.EventText;

namespace Review.Terminal.Tests.Input;

public sealed class PasteTests
{
    [Fact]
    public void The_first_end_marker_inside_a_payload_ends_the_paste_and_the_rest_is_typed_input()
    {
        // A terminal that does not filter ESC out of pastes lets a payload carry the end marker.
        // The first marker ends the paste; what follows is decoded as keys, and the real end
        // marker that closes the terminal's bracket is then an unknown sequence and is dropped.
        var decoder = new InputDecoder();

        var events = decoder.Decode(Bytes("\e[200~rm \e[201~-rf\r\e[201~"));

        Assert.Equal("Paste[rm ] '-' 'r' 'f' Enter", Describe(events));
        Assert.False(decoder.InPaste);
    }

    [Fact]
    public void A_partial_end_marker_inside_a_payload_stays_text()
    {
        var decoder = new InputDecoder();

        var events = decoder.Decode(Bytes("\e[200~a\e[201b\e[20~\e\e[201~"));

        Assert.Equal("Paste[a\e[201b\e[20~\e]", Describe(events));
    }

    [Fact]
    public void Korean_paste_split_anywhere_arrives_whole()
    {
        var bytes = Bytes("\e[200~번역을 검토합니다\e[201~");
        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var decoder = new InputDecoder();
            var events = decoder.Decode(bytes.AsSpan(0, cut)).Concat(decoder.Decode(bytes.AsSpan(cut)));
            Assert.Equal("Paste[번역을 검토합니다]", Describe(events));
        }
    }

    [Fact]
    public void A_paste_larger_than_the_limit_arrives_in_pieces_without_cutting_a_character()
    {
        var decoder = new InputDecoder(maxPasteBytes: 7);

        var events = decoder.Decode(Bytes("\e[200~ab한국어\e[201~"));

        var pieces = events.Cast<PasteEvent>().Select(p => p.Text).ToList();
        Assert.Equal("ab한국어", string.Concat(pieces));
        Assert.True(pieces.Count > 1);
        Assert.DoesNotContain(pieces, p => p.Contains('\uFFFD'));
    }

    [Fact]
    public void Invalid_utf8_in_a_paste_becomes_replacement_characters()
    {
        var decoder = new InputDecoder();

        var events = decoder.Decode(Bytes("\e[200~a\u00ffb\e[201~"));

        Assert.Equal("Paste[a\uFFFDb]", Describe(events));
    }
}
