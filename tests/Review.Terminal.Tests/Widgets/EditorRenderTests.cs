using Review.Terminal.Buffers;
using Review.Terminal.Input;
using Review.Terminal.Widgets;

namespace Review.Terminal.Tests.Widgets;

public sealed class EditorRenderTests
{
    private static string Screen(ScreenBuffer buffer) => string.Join("\n", buffer.ToLines().Select(l => l.TrimEnd()));

    [Fact]
    public void Korean_text_wraps_at_spaces_without_splitting_a_wide_glyph()
    {
        var buffer = new ScreenBuffer(12, 4);
        var editor = new EditorState("번역을 검토합니다 today");

        var cursor = new Editor().Render(editor, buffer, new Rect(1, 1, 10, 3));

        Assert.Equal(
            """

             번역을
             검토합니다
             today
            """.Replace("\r\n", "\n"),
            Screen(buffer));
        Assert.Equal(new Position(6, 3), cursor);
    }

    [Fact]
    public void A_wide_glyph_that_does_not_fit_moves_to_the_next_row()
    {
        var buffer = new ScreenBuffer(5, 3);
        var editor = new EditorState("ab한국");

        var cursor = new Editor().Render(editor, buffer, buffer.Area);

        Assert.Equal("ab한\n국\n", Screen(buffer));
        Assert.Equal(new Position(2, 1), cursor);
    }

    [Fact]
    public void The_cursor_after_a_full_row_sits_at_the_start_of_the_next_row()
    {
        var buffer = new ScreenBuffer(4, 2);
        var editor = new EditorState("한국");

        var cursor = new Editor().Render(editor, buffer, buffer.Area);

        Assert.Equal(new Position(0, 1), cursor);
    }

    [Fact]
    public void Scrolls_to_keep_the_cursor_visible_both_ways()
    {
        var buffer = new ScreenBuffer(8, 3);
        var editor = new EditorState(string.Join("\n", Enumerable.Range(1, 10).Select(i => $"줄 {i}")));
        var widget = new Editor();

        var atEnd = widget.Render(editor, buffer, buffer.Area);
        Assert.Equal("줄 8\n줄 9\n줄 10", Screen(buffer));
        Assert.Equal(new Position(5, 2), atEnd);

        editor.Handle(new KeyEvent(Key.Home, Modifiers.Ctrl));
        var atStart = widget.Render(editor, buffer, buffer.Area);
        Assert.Equal("줄 1\n줄 2\n줄 3", Screen(buffer));
        Assert.Equal(new Position(0, 0), atStart);
    }

    [Fact]
    public void Up_and_down_follow_wrapped_rows()
    {
        var buffer = new ScreenBuffer(6, 3);
        var editor = new EditorState("abcdefghij");
        var widget = new Editor();
        widget.Render(editor, buffer, buffer.Area);

        editor.Handle(new KeyEvent(Key.Up));
        var cursor = widget.Render(editor, buffer, buffer.Area);

        Assert.Equal("abcdef\nghij\n", Screen(buffer));
        Assert.Equal(new Position(4, 0), cursor);
        Assert.Equal(4, editor.Column);
    }

    [Fact]
    public void Control_characters_are_drawn_escaped_and_the_cursor_counts_their_cells()
    {
        var buffer = new ScreenBuffer(10, 1);
        var editor = new EditorState("a\u001bb");

        var cursor = new Editor().Render(editor, buffer, buffer.Area);

        Assert.Equal("a^[b", Screen(buffer));
        Assert.Equal(new Position(4, 0), cursor);
    }

    [Fact]
    public void An_empty_editor_shows_its_placeholder()
    {
        var buffer = new ScreenBuffer(12, 1);

        var cursor = new Editor { Placeholder = "번역 입력" }.Render(new EditorState(), buffer, buffer.Area);

        Assert.Equal("번역 입력", Screen(buffer));
        Assert.Equal(new Position(0, 0), cursor);
    }
}
