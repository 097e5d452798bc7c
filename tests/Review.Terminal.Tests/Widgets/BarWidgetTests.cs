using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Terminal.Tests.Widgets;

public class BarWidgetTests
{
    private static readonly KeyHint[] Hints =
    [
        new("a", "accept"), new("s", "suggestion"), new("e", "edit"), new("r", "reject"), new("?", "help"),
    ];

    [Fact]
    public void Status_bar_puts_the_right_part_against_the_edge()
    {
        var buffer = new ScreenBuffer(30, 1);

        new StatusBar { Left = ["corpus.db"], Right = ["12/100 pending"] }.Render(buffer.Area, buffer);

        Assert.Equal("corpus.db       12/100 pending", buffer.ToLines()[0]);
        Assert.True(buffer[0, 0].Style.Has(Attributes.Reverse));
    }

    [Fact]
    public void Status_bar_cuts_the_left_part_first()
    {
        var buffer = new ScreenBuffer(20, 1);

        new StatusBar { Left = ["/very/long/path/한국어.db"], Right = ["12/100"] }.Render(buffer.Area, buffer);

        Assert.Equal("/very/long/p… 12/100", buffer.ToLines()[0]);
    }

    [Fact]
    public void Key_hints_fit_when_there_is_room()
    {
        var buffer = new ScreenBuffer(60, 1);

        new KeyHints(Hints).Render(buffer.Area, buffer);

        Assert.Equal("a accept  s suggestion  e edit  r reject  ? help", buffer.ToLines()[0].TrimEnd());
        Assert.True(buffer[0, 0].Style.Has(Attributes.Bold));
        Assert.True(buffer[2, 0].Style.Has(Attributes.Dim));
    }

    [Fact]
    public void Key_hints_drop_whole_hints_from_the_end()
    {
        var buffer = new ScreenBuffer(30, 1);

        new KeyHints(Hints).Render(buffer.Area, buffer);

        Assert.Equal("a accept  s suggestion …", buffer.ToLines()[0].TrimEnd());
    }

    [Fact]
    public void A_single_hint_too_wide_is_cut()
    {
        var buffer = new ScreenBuffer(6, 1);

        new KeyHints([new KeyHint("s", "suggestion")]).Render(buffer.Area, buffer);

        Assert.Equal("s sug…", buffer.ToLines()[0]);
    }

    [Fact]
    public void Overlay_is_centred_with_title_and_cut_lines()
    {
        var buffer = new ScreenBuffer(24, 7);

        var inner = new Overlay("Help", ["a  accept the translation", "q  quit"]) { MaxWidth = 20 }.Render(buffer.Area, buffer);

        Assert.Equal(new Rect(4, 2, 16, 2), inner);
        Assert.Equal(
            [
                "                        ",
                "  ┌────── Help ──────┐  ",
                "  │ a  accept the t… │  ",
                "  │ q  quit          │  ",
                "  └──────────────────┘  ",
                "                        ",
                "                        ",
            ],
            buffer.ToLines());
    }
}
