using Review.Terminal.Buffers;

namespace Review.Terminal.Tests.Buffers;

public class ScreenBufferTests
{
    private static readonly Style Red = new(Color.Red, Color.Default);

    [Fact]
    public void Wide_glyph_claims_the_next_cell()
    {
        var buffer = new ScreenBuffer(6, 1);

        var next = buffer.SetString(0, 0, "한a", Red);

        Assert.Equal(3, next);
        Assert.Equal("한", buffer[0, 0].Grapheme);
        Assert.Equal(2, buffer[0, 0].Width);
        Assert.True(buffer[1, 0].IsContinuation);
        Assert.Equal("a", buffer[2, 0].Grapheme);
        Assert.Equal("한a   ", string.Concat(buffer.ToLines()));
    }

    [Fact]
    public void Writing_into_the_right_half_blanks_the_left_half()
    {
        var buffer = new ScreenBuffer(4, 1);
        buffer.SetString(0, 0, "한", Red);

        buffer.SetString(1, 0, "x", Style.Default);

        Assert.Equal(" ", buffer[0, 0].Grapheme);
        Assert.Equal(Red, buffer[0, 0].Style);
        Assert.Equal("x", buffer[1, 0].Grapheme);
        Assert.Equal(" x  ", buffer.ToLines()[0]);
    }

    [Fact]
    public void Writing_into_the_left_half_blanks_the_right_half()
    {
        var buffer = new ScreenBuffer(4, 1);
        buffer.SetString(0, 0, "한", Red);

        buffer.SetString(0, 0, "x", Style.Default);

        Assert.Equal("x", buffer[0, 0].Grapheme);
        Assert.False(buffer[1, 0].IsContinuation);
        Assert.Equal(" ", buffer[1, 0].Grapheme);
    }

    [Fact]
    public void Wide_glyph_overlapping_another_wide_glyph_blanks_its_orphan()
    {
        var buffer = new ScreenBuffer(6, 1);
        buffer.SetString(0, 0, "한국", Style.Default);

        buffer.SetString(1, 0, "中", Style.Default);

        Assert.Equal(" 中   ", buffer.ToLines()[0]);
        Assert.True(buffer[2, 0].IsContinuation);
        Assert.Equal(" ", buffer[3, 0].Grapheme);
    }

    [Fact]
    public void Wide_glyph_never_straddles_the_edge()
    {
        var buffer = new ScreenBuffer(5, 1);

        var next = buffer.SetString(0, 0, "ab한국", Style.Default);

        Assert.Equal(5, next);
        Assert.Equal("ab한 ", buffer.ToLines()[0]);
        Assert.False(buffer[4, 0].IsContinuation);
    }

    [Fact]
    public void Clip_rectangle_limits_the_write()
    {
        var buffer = new ScreenBuffer(8, 2);

        buffer.SetString(0, 0, "abcdefgh", Style.Default, new Rect(2, 0, 3, 1));
        buffer.SetString(0, 1, "outside", Style.Default, new Rect(2, 0, 3, 1));

        Assert.Equal(["  cde   ", "        "], buffer.ToLines());
    }

    [Fact]
    public void Wide_glyph_cut_by_the_left_clip_edge_leaves_a_space()
    {
        var buffer = new ScreenBuffer(6, 1);
        buffer.SetString(0, 0, "xxxxxx", Style.Default);

        buffer.SetString(1, 0, "한b", Style.Default, new Rect(2, 0, 4, 1));

        Assert.Equal("xx bxx", buffer.ToLines()[0]);
    }

    [Fact]
    public void Controls_are_sanitized_and_styled_as_escapes()
    {
        var buffer = new ScreenBuffer(10, 1);

        buffer.SetString(0, 0, "a\u001b[2Jb", Red);

        Assert.Equal("a^[[2Jb   ", buffer.ToLines()[0]);
        Assert.Equal(Red, buffer[0, 0].Style);
        Assert.True(buffer[1, 0].Style.Has(Attributes.Reverse));
        Assert.True(buffer[2, 0].Style.Has(Attributes.Reverse));
        Assert.False(buffer[3, 0].Style.Has(Attributes.Reverse));
    }

    [Fact]
    public void Lone_combining_mark_is_drawn_on_a_dotted_circle()
    {
        var buffer = new ScreenBuffer(3, 1);

        buffer.SetString(0, 0, "\u0301x", Style.Default);

        Assert.Equal("◌\u0301", buffer[0, 0].Grapheme);
        Assert.Equal("x", buffer[1, 0].Grapheme);
    }

    [Fact]
    public void Combining_marks_stay_in_their_cell()
    {
        var buffer = new ScreenBuffer(4, 1);

        buffer.SetString(0, 0, "e\u0301x", Style.Default);

        Assert.Equal("e\u0301", buffer[0, 0].Grapheme);
        Assert.Equal("x", buffer[1, 0].Grapheme);
    }

    [Fact]
    public void Fill_paints_spaces()
    {
        var buffer = new ScreenBuffer(4, 2);
        buffer.SetString(0, 0, "한국", Style.Default);

        buffer.Fill(new Rect(1, 0, 2, 2), Red);

        Assert.Equal(["    ", "    "], buffer.ToLines());
        Assert.Equal(Style.Default, buffer[0, 0].Style);
        Assert.Equal(Red, buffer[1, 1].Style);
        Assert.Equal(Style.Default, buffer[3, 0].Style);
    }

    [Fact]
    public void Spans_follow_each_other()
    {
        var buffer = new ScreenBuffer(8, 1);

        var next = buffer.SetSpans(0, 0, [new StyledSpan("ab", Red), "한"], buffer.Area);

        Assert.Equal(4, next);
        Assert.Equal(Red, buffer[1, 0].Style);
        Assert.Equal(Style.Default, buffer[2, 0].Style);
    }
}
