using Review.Terminal.Input;
using Review.Terminal.Widgets;

namespace Review.Terminal.Tests.Widgets;

public sealed class EditorStateTests
{
    private static void Type(EditorState editor, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            Assert.True(editor.Handle(KeyEvent.Char(rune.ToString())));
        }
    }

    private static void Press(EditorState editor, Key key, Modifiers modifiers = Modifiers.None, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.True(editor.Handle(new KeyEvent(key, modifiers)));
        }
    }

    [Fact]
    public void Typing_korean_and_backspace_work_a_syllable_at_a_time()
    {
        var editor = new EditorState();

        Type(editor, "한국어");
        Press(editor, Key.Backspace);

        Assert.Equal("한국", editor.Text);
        Assert.Equal(2, editor.Column);
    }

    [Theory]
    [InlineData("a👍🏽b")]
    [InlineData("ae\u0301b")]
    [InlineData("a🇰🇷b")]
    [InlineData("a\u1100\u1161\u11A8b")]
    public void The_cursor_never_stops_inside_a_grapheme(string text)
    {
        var editor = new EditorState(text);

        Press(editor, Key.Left);
        Assert.Equal(text.Length - 1, editor.Column);
        Press(editor, Key.Left);
        Assert.Equal(1, editor.Column);
        Press(editor, Key.Right);
        Assert.Equal(text.Length - 1, editor.Column);
        Press(editor, Key.Backspace);

        Assert.Equal("ab", editor.Text);
    }

    [Fact]
    public void Enter_is_left_to_the_caller_and_alt_enter_breaks_the_line()
    {
        var editor = new EditorState("ab");
        Press(editor, Key.Left);

        Assert.False(editor.Handle(new KeyEvent(Key.Enter)));
        Assert.False(editor.Handle(new KeyEvent(Key.Escape)));
        Press(editor, Key.Enter, Modifiers.Alt);

        Assert.Equal("a\nb", editor.Text);
        Assert.Equal((1, 0), (editor.Line, editor.Column));
    }

    [Fact]
    public void Word_moves_stop_at_word_ends_and_starts_across_scripts()
    {
        var editor = new EditorState("hello, world 번역 test");
        Press(editor, Key.Home);
        var stops = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            Press(editor, Key.Right, Modifiers.Ctrl);
            stops.Add(editor.Column);
        }

        Press(editor, Key.Left, Modifiers.Ctrl);
        Press(editor, Key.Left, Modifiers.Ctrl);

        Assert.Equal([5, 12, 15, 20], stops);
        Assert.Equal(13, editor.Column);
    }

    [Fact]
    public void Up_and_down_keep_the_display_column_over_wide_characters()
    {
        var editor = new EditorState("한국어 문장\nabcdefgh");
        Press(editor, Key.Home);
        Press(editor, Key.Right, times: 3);

        Press(editor, Key.Up);
        var onKorean = editor.Column;
        Press(editor, Key.Down);

        Assert.Equal(1, onKorean);
        Assert.Equal((1, 3), (editor.Line, editor.Column));
    }

    [Fact]
    public void Home_end_and_the_readline_keys()
    {
        var editor = new EditorState("one two three");

        Press(editor, Key.Home);
        Assert.Equal(0, editor.Column);
        Assert.True(editor.Handle(KeyEvent.Char("e", Modifiers.Ctrl)));
        Assert.Equal(13, editor.Column);
        Assert.True(editor.Handle(KeyEvent.Char("w", Modifiers.Ctrl)));
        Assert.Equal("one two ", editor.Text);
        Assert.True(editor.Handle(KeyEvent.Char("a", Modifiers.Ctrl)));
        Assert.True(editor.Handle(KeyEvent.Char("k", Modifiers.Ctrl)));
        Assert.Equal("", editor.Text);
    }

    [Fact]
    public void Backspace_at_a_line_start_and_delete_at_a_line_end_join_lines()
    {
        var editor = new EditorState("ab\ncd\nef");
        Press(editor, Key.Up);
        Press(editor, Key.Home);

        Press(editor, Key.Backspace);
        Assert.Equal("abcd\nef", editor.Text);
        Press(editor, Key.End);
        Press(editor, Key.Delete);

        Assert.Equal("abcdef", editor.Text);
        Assert.Equal(4, editor.Column);
    }

    [Fact]
    public void Undo_takes_back_typing_a_word_at_a_time_and_redo_restores_it()
    {
        var editor = new EditorState("번역");

        Type(editor, " 검토");
        Press(editor, Key.Left);
        Press(editor, Key.Backspace);
        Assert.Equal("번역 토", editor.Text);

        Assert.True(editor.Handle(KeyEvent.Char("_", Modifiers.Ctrl)));
        Assert.Equal("번역 검토", editor.Text);
        Assert.True(editor.Handle(KeyEvent.Char("z", Modifiers.Ctrl)));
        Assert.Equal("번역 ", editor.Text);
        Assert.True(editor.Undo());
        Assert.Equal("번역", editor.Text);
        Assert.False(editor.Undo());

        Assert.True(editor.Handle(KeyEvent.Char("y", Modifiers.Ctrl)));
        Assert.True(editor.Redo());
        Assert.Equal("번역 검토", editor.Text);
        Assert.Equal(4, editor.Column);
    }

    [Fact]
    public void A_paste_is_literal_splits_windows_lines_and_undoes_in_one_step()
    {
        var editor = new EditorState("[]");
        Press(editor, Key.Left);

        Assert.True(editor.Handle(new PasteEvent("첫 줄\r\n\e[A둘째")));
        Assert.Equal("[첫 줄\n\e[A둘째]", editor.Text);
        Assert.Equal((1, 5), (editor.Line, editor.Column));

        editor.Undo();
        Assert.Equal("[]", editor.Text);
    }

    [Fact]
    public void Reset_forgets_history_and_tracks_modification()
    {
        var editor = new EditorState("draft");
        Type(editor, "!");
        Assert.True(editor.IsModified);

        editor.Reset("fresh");

        Assert.False(editor.IsModified);
        Assert.False(editor.CanUndo);
        Assert.Equal(5, editor.Column);
    }
}
