using Review.Terminal.Buffers;
using Review.Terminal.Drivers;
using Review.Terminal.Output;
using Review.Terminal.Widgets;

namespace Review.Terminal.Tests.Widgets;

public class TextViewTests
{
    [Fact]
    public void Wraps_at_words_within_the_cell_width()
    {
        var view = new TextView(["The quick brown fox jumps over the lazy dog"]);

        Assert.Equal(["The quick", "brown fox", "jumps over", "the lazy", "dog"], view.WrapLines(10));
    }

    [Fact]
    public void Korean_wraps_at_spaces_and_counts_two_cells_per_syllable()
    {
        var view = new TextView(["기계 번역 결과를 검토합니다"]);

        Assert.Equal(["기계 번역", "결과를", "검토합니다"], view.WrapLines(10));
    }

    [Fact]
    public void Chinese_breaks_between_ideographs()
    {
        var view = new TextView(["我们提出了一种新的方法"]);

        Assert.Equal(["我们提出了", "一种新的方", "法"], view.WrapLines(11));
    }

    [Fact]
    public void Long_word_is_cut_between_graphemes_never_inside()
    {
        var view = new TextView(["ab\u0301cde\u0301fg"]);

        Assert.Equal(["ab\u0301c", "de\u0301f", "g"], view.WrapLines(3));
    }

    [Fact]
    public void Wide_glyph_that_does_not_fit_moves_to_the_next_line()
    {
        var view = new TextView(["ab한국"]);

        Assert.Equal(["ab한", "국"], view.WrapLines(5));
    }

    [Fact]
    public void Newlines_break_lines_and_other_controls_are_escaped()
    {
        var view = new TextView(["one\r\ntwo\u001b[0m\n\nfour"]);

        Assert.Equal(["one", "two^[[0m", "", "four"], view.WrapLines(20));
    }

    [Fact]
    public void Scrolls_and_shows_a_scroll_bar()
    {
        var terminal = new InMemoryTerminal(12, 3);
        var renderer = new Renderer(terminal);
        var state = new TextViewState();
        var view = new TextView(["line1\nline2\nline3\nline4\nline5\nline6"]);

        renderer.Draw(frame => view.Render(frame.Area, frame, state));
        Assert.Equal(
            """
            line1      ┃
            line2      ┃
            line3      │
            """,
            terminal.ScreenText);

        state.ScrollBy(10);
        renderer.Draw(frame => view.Render(frame.Area, frame, state));
        Assert.Equal(3, state.ScrollOffset);
        Assert.False(state.CanScrollDown);
        Assert.Equal(
            """
            line4      │
            line5      ┃
            line6      ┃
            """,
            terminal.ScreenText);
    }

    [Fact]
    public void Span_styles_are_kept_and_escapes_styled_apart()
    {
        var buffer = new ScreenBuffer(20, 1);
        var red = new Style(Color.Red, Color.Default);

        new TextView([new StyledSpan("ok ", Style.Default), new StyledSpan("bad\u0007", red)]).Render(buffer.Area, buffer, new TextViewState());

        Assert.Equal(Style.Default, buffer[0, 0].Style);
        Assert.Equal(red, buffer[3, 0].Style);
        Assert.Equal("^", buffer[6, 0].Grapheme);
        Assert.Equal(red.ForEscape(), buffer[6, 0].Style);
    }

    [Fact]
    public void State_reuses_the_layout_only_while_the_text_is_the_same()
    {
        var buffer = new ScreenBuffer(8, 2);
        var state = new TextViewState();

        new TextView(["first pair"]).Render(buffer.Area, buffer, state);
        Assert.Equal(["first   ", "pair    "], buffer.ToLines());

        new TextView(["두 번째"]).Render(buffer.Area, buffer, state);
        Assert.Equal(["두 번째 ", "        "], buffer.ToLines());

        new TextView(["두 번째"]).Render(new Rect(0, 0, 4, 2), buffer, state);
        Assert.Equal(["두   째 ", "번째    "], buffer.ToLines());
    }

    [Fact]
    public void Line_count_is_the_wrapped_lines_at_each_width_measured_in_any_order()
    {
        var view = new TextView(["The quick brown fox jumps over the lazy dog"]);

        Assert.Equal(5, view.LineCount(10));
        Assert.Equal(7, view.LineCount(8));
        Assert.Equal(["The quick", "brown fox", "jumps over", "the lazy", "dog"], view.WrapLines(10));
        Assert.Equal(["The", "quick", "brown", "fox", "jumps", "over the", "lazy dog"], view.WrapLines(8));
        Assert.Equal(1, view.LineCount(80));
        Assert.Equal(["The quick", "brown fox", "jumps over", "the lazy", "dog"], view.WrapLines(10));
    }

    [Fact]
    public void A_measured_view_drawn_through_a_state_that_then_draws_another_text_keeps_its_own_lines()
    {
        var buffer = new ScreenBuffer(10, 2);
        var state = new TextViewState();
        var first = new TextView(["first pair of the lines"]);
        Assert.Equal(3, first.LineCount(10));

        first.Render(buffer.Area, buffer, state);
        new TextView(["다른 텍스트가 여기 있습니다"]).Render(buffer.Area, buffer, state);

        Assert.Equal(["first", "pair of", "the lines"], first.WrapLines(9));
        first.Render(buffer.Area, buffer, new TextViewState());
        Assert.Equal(["first    ┃", "pair of  │"], buffer.ToLines());
    }
}
