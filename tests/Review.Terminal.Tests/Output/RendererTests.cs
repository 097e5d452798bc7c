using System.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Drivers;
using Review.Terminal.Output;

namespace Review.Terminal.Tests.Output;

public class RendererTests
{
    private static readonly Style Highlight = new(Color.Yellow, Color.Blue, Attributes.Bold);

    [Fact]
    public void First_flush_draws_the_frame()
    {
        var terminal = new InMemoryTerminal(20, 3);
        var renderer = new Renderer(terminal);

        renderer.Draw(frame =>
        {
            frame.SetString(0, 0, "Hello, 세계!", Style.Default);
            frame.SetString(2, 2, "中文 text", Highlight);
        });

        Assert.Equal(
            """
            Hello, 세계!

              中文 text
            """,
            terminal.ScreenText);
        Assert.Equal(Highlight, terminal.StyleAt(2, 2));
        Assert.Empty(terminal.UnrecognizedSequences);
        Assert.Equal(1, terminal.WriteCount);
    }

    [Fact]
    public void Identical_frame_is_not_written()
    {
        var terminal = new InMemoryTerminal(10, 2);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "same", Style.Default));

        var written = renderer.Draw(frame => frame.SetString(0, 0, "same", Style.Default));

        Assert.Equal(0, written);
        Assert.Equal(1, terminal.WriteCount);
    }

    [Fact]
    public void Only_changed_cells_are_written()
    {
        var terminal = new InMemoryTerminal(20, 2, synchronizedOutput: false);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "status: pending", Style.Default));

        renderer.Draw(frame => frame.SetString(0, 0, "status: accepted", Style.Default));

        Assert.Equal("\e[1;9Haccepted", Encoding.UTF8.GetString(terminal.LastWrite.Span));
        Assert.Equal("status: accepted", terminal.Lines[0].TrimEnd());
    }

    [Fact]
    public void Cursor_moves_only_when_the_next_change_is_not_adjacent()
    {
        var terminal = new InMemoryTerminal(16, 2, synchronizedOutput: false);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "abcdefghijklmn", Style.Default));

        renderer.Draw(frame => frame.SetString(0, 0, "aXYdefghijklZn", Style.Default));

        Assert.Equal("\e[1;2HXY\e[9CZ", Encoding.UTF8.GetString(terminal.LastWrite.Span));
        Assert.Equal("aXYdefghijklZn", terminal.Lines[0].TrimEnd());
    }

    [Fact]
    public void Short_gap_is_rewritten_when_cheaper_than_a_move()
    {
        var terminal = new InMemoryTerminal(12, 1, synchronizedOutput: false);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "abcdefgh", Style.Default));

        renderer.Draw(frame => frame.SetString(0, 0, "aXcYefgh", Style.Default));

        Assert.Equal("\e[1;2HXcY", Encoding.UTF8.GetString(terminal.LastWrite.Span));
    }

    [Fact]
    public void Blank_rest_of_a_row_is_erased_with_el()
    {
        var terminal = new InMemoryTerminal(20, 2, synchronizedOutput: false);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "a much longer line", Style.Default));

        renderer.Draw(frame => frame.SetString(0, 0, "a short", Style.Default));

        Assert.Equal("\e[1;3Hshort\e[K", Encoding.UTF8.GetString(terminal.LastWrite.Span));
        Assert.Equal("a short", terminal.ScreenText.TrimEnd('\n'));
    }

    [Fact]
    public void Style_is_sent_only_when_it_changes()
    {
        var terminal = new InMemoryTerminal(12, 1, synchronizedOutput: false);
        var renderer = new Renderer(terminal);
        renderer.Draw(_ => { });

        renderer.Draw(frame =>
        {
            frame.SetString(0, 0, "ab", Highlight);
            frame.SetString(2, 0, "cd", Highlight);
            frame.SetString(4, 0, "e", Style.Default);
        });

        Assert.Equal("\e[1;1H\e[0;1;33;44mabcd\e[0me", Encoding.UTF8.GetString(terminal.LastWrite.Span));
    }

    [Fact]
    public void Frames_are_wrapped_in_synchronized_output()
    {
        var terminal = new InMemoryTerminal(10, 1, synchronizedOutput: true);
        var renderer = new Renderer(terminal);

        renderer.Draw(frame => frame.SetString(0, 0, "x", Style.Default));

        var output = Encoding.UTF8.GetString(terminal.LastWrite.Span);
        Assert.StartsWith("\e[?2026h", output);
        Assert.EndsWith("\e[?2026l", output);
        Assert.False(terminal.IsPrivateModeSet(2026));
    }

    [Fact]
    public void Wide_glyph_replaced_by_narrow_ones_redraws_both_cells()
    {
        var terminal = new InMemoryTerminal(6, 1);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "한국어", Style.Default));

        renderer.Draw(frame => frame.SetString(0, 0, "ab국어", Style.Default));
        Assert.Equal("ab국어", terminal.Lines[0]);

        renderer.Draw(frame => frame.SetString(0, 0, "a한b어", Style.Default));
        Assert.Equal("a한b어", terminal.Lines[0].TrimEnd());
        Assert.Empty(terminal.UnrecognizedSequences);
    }

    [Fact]
    public void Resize_redraws_everything()
    {
        var terminal = new InMemoryTerminal(10, 2);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "wide screen", Style.Default));

        terminal.Resize(6, 3);
        renderer.Draw(frame => frame.SetString(0, 2, "small", Style.Default));

        Assert.Equal("\n\nsmall", terminal.ScreenText);
        Assert.Contains("\e[2J", Encoding.UTF8.GetString(terminal.LastWrite.Span));
    }

    [Fact]
    public void Diff_off_redraws_every_cell_each_time()
    {
        var terminal = new InMemoryTerminal(10, 2);
        var renderer = new Renderer(terminal, new RendererOptions(Diff: false));
        renderer.Draw(frame => frame.SetString(0, 0, "same", Style.Default));

        var written = renderer.Draw(frame => frame.SetString(0, 0, "same", Style.Default));

        Assert.True(written >= 20);
        Assert.Equal(2, terminal.WriteCount);
        Assert.Equal("same", terminal.ScreenText.TrimEnd('\n'));
    }

    [Fact]
    public void Cursor_is_placed_and_shown_when_the_frame_asks_for_it()
    {
        var terminal = new InMemoryTerminal(10, 3);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => frame.SetString(0, 0, "edit", Style.Default));
        Assert.False(terminal.CursorVisible);

        renderer.Draw(frame =>
        {
            frame.SetString(0, 0, "edit", Style.Default);
            frame.Cursor = new Position(4, 1);
        });

        Assert.True(terminal.CursorVisible);
        Assert.Equal((4, 1), (terminal.CursorX, terminal.CursorY));
    }

    [Theory]
    [InlineData(ColorDepth.TrueColor, "\e[0;38;2;255;135;0m")]
    [InlineData(ColorDepth.Ansi256, "\e[0;38;5;208m")]
    [InlineData(ColorDepth.Ansi16, "\e[0;33m")]
    [InlineData(ColorDepth.None, "")]
    public void Colours_are_downsampled_to_the_terminals_depth(ColorDepth depth, string expectedSgr)
    {
        var terminal = new InMemoryTerminal(4, 1, depth, synchronizedOutput: false);
        var renderer = new Renderer(terminal);
        renderer.Draw(_ => { });

        renderer.Draw(frame => frame.SetString(0, 0, "x", new Style(Color.Rgb(255, 135, 0), Color.Default)));

        Assert.Equal("\e[1;1H" + expectedSgr + "x" + (depth == ColorDepth.None ? string.Empty : "\e[0m"), Encoding.UTF8.GetString(terminal.LastWrite.Span));
    }

    [Fact]
    public void Hostile_data_reaches_the_screen_only_as_visible_text()
    {
        var terminal = new InMemoryTerminal(40, 2);
        var renderer = new Renderer(terminal);

        renderer.Draw(frame => frame.SetString(0, 0, "rm\u001b[2J\u009b31m\u202Egnp.exe\u0007", Style.Default));

        Assert.Equal("rm^[[2J\\x9b31m⟨RLO⟩gnp.exe^G", terminal.Lines[0].TrimEnd());
        Assert.Empty(terminal.UnrecognizedSequences);
        Assert.Empty(OutputValidator.Problems(terminal.LastWrite.Span));
    }
}
