using System.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Drivers;
using Review.Terminal.Input;

namespace Review.Terminal.Tests.Output;

/// <summary>The emulator the renderer tests rely on, checked against hand-written terminal output.</summary>
public class InMemoryTerminalTests
{
    private static InMemoryTerminal Feed(string output, int width = 10, int height = 3)
    {
        var terminal = new InMemoryTerminal(width, height);
        terminal.Write(Encoding.UTF8.GetBytes(output));
        return terminal;
    }

    [Fact]
    public void Interprets_cursor_moves_and_text()
    {
        var terminal = Feed("\e[2;3Hab\e[2Cc\e[1;1Hx");

        Assert.Equal("x\n  ab  c\n", terminal.ScreenText);
    }

    [Fact]
    public void Wide_glyphs_take_two_cells_and_show_once()
    {
        var terminal = Feed("한a中");

        Assert.Equal("한a中", terminal.Lines[0].TrimEnd());
        Assert.True(terminal.CellAt(1, 0).IsContinuation);
        Assert.Equal(5, terminal.CursorX);
    }

    [Fact]
    public void Overwriting_half_a_wide_glyph_blanks_the_other_half()
    {
        var terminal = Feed("한국\e[1;2Hx");

        Assert.Equal(" x국", terminal.Lines[0].TrimEnd());
    }

    [Fact]
    public void Sgr_sets_styles_per_cell()
    {
        var terminal = Feed("\e[0;1;31;48;5;17ma\e[0;38;2;1;2;3mb\e[0mc");

        Assert.Equal(new Style(Color.Red, Color.Indexed(17), Attributes.Bold), terminal.StyleAt(0, 0));
        Assert.Equal(new Style(Color.Rgb(1, 2, 3), Color.Default), terminal.StyleAt(1, 0));
        Assert.Equal(Style.Default, terminal.StyleAt(2, 0));
    }

    [Fact]
    public void Erases_and_private_modes()
    {
        var terminal = Feed("abcdef\e[1;3H\e[K\e[?25l\e[?2026h");

        Assert.Equal("ab", terminal.Lines[0].TrimEnd());
        Assert.False(terminal.CursorVisible);
        Assert.True(terminal.IsPrivateModeSet(2026));

        terminal.Write("\e[2J"u8);
        Assert.Equal("\n\n", terminal.ScreenText);
    }

    [Fact]
    public void Unknown_sequences_are_reported()
    {
        var terminal = Feed("\e]0;title\a\e[5n\u009b\eZ");

        Assert.Equal(["^[]0;title^G", "^[[5n", "\\x9b", "^[Z"], terminal.UnrecognizedSequences);
    }

    [Fact]
    public void Combining_mark_joins_the_previous_cell()
    {
        var terminal = Feed("e\u0301x");

        Assert.Equal("e\u0301", terminal.GraphemeAt(0, 0));
        Assert.Equal("x", terminal.GraphemeAt(1, 0));
    }

    [Fact]
    public void Queued_events_are_read_in_order()
    {
        var terminal = new InMemoryTerminal(10, 2);
        terminal.Enqueue(KeyEvent.Char("a"), new KeyEvent(Key.Enter));
        terminal.Resize(20, 5);

        Assert.Equal(KeyEvent.Char("a"), terminal.ReadEvent(TimeSpan.Zero));
        Assert.Equal(new KeyEvent(Key.Enter), terminal.ReadEvent(TimeSpan.Zero));
        Assert.Equal(new ResizeEvent(20, 5), terminal.ReadEvent(TimeSpan.Zero));
        Assert.Null(terminal.ReadEvent(TimeSpan.Zero));
        Assert.Equal(20, terminal.Width);
    }
}
