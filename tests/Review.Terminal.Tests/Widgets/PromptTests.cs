using Review.Terminal.Buffers;
using Review.Terminal.Input;
using Review.Terminal.Widgets;

namespace Review.Terminal.Tests.Widgets;

public sealed class PromptTests
{
    private static void Type(PromptState prompt, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            Assert.Equal(PromptOutcome.Handled, prompt.Handle(KeyEvent.Char(rune.ToString())));
        }
    }

    [Fact]
    public void Enter_submits_into_the_history_and_up_down_walk_it_keeping_the_draft()
    {
        var prompt = new PromptState(["first"]);
        Type(prompt, "검색어");
        Assert.Equal(PromptOutcome.Submitted, prompt.Handle(new KeyEvent(Key.Enter)));
        Assert.Equal(["first", "검색어"], prompt.History);

        prompt.SetText("");
        Type(prompt, "dra");
        prompt.Handle(new KeyEvent(Key.Up));
        Assert.Equal("검색어", prompt.Text);
        prompt.Handle(new KeyEvent(Key.Up));
        prompt.Handle(new KeyEvent(Key.Up));
        Assert.Equal("first", prompt.Text);
        prompt.Handle(new KeyEvent(Key.Down));
        prompt.Handle(new KeyEvent(Key.Down));

        Assert.Equal("dra", prompt.Text);
        Assert.Equal(3, prompt.Cursor);
    }

    [Fact]
    public void Repeating_the_last_answer_does_not_grow_the_history()
    {
        var prompt = new PromptState(["again"]);
        prompt.SetText("again");

        prompt.Handle(new KeyEvent(Key.Enter));

        Assert.Single(prompt.History);
    }

    [Fact]
    public void Esc_cancels_and_unknown_keys_are_ignored()
    {
        var prompt = new PromptState();

        Assert.Equal(PromptOutcome.Cancelled, prompt.Handle(new KeyEvent(Key.Escape)));
        Assert.Equal(PromptOutcome.Ignored, prompt.Handle(new KeyEvent(Key.F5)));
        Assert.Equal(PromptOutcome.Ignored, prompt.Handle(new ResizeEvent(80, 24)));
    }

    [Fact]
    public void Editing_moves_by_grapheme_and_word()
    {
        var prompt = new PromptState();
        Type(prompt, "hello 세계");

        prompt.Handle(new KeyEvent(Key.Left));
        prompt.Handle(new KeyEvent(Key.Backspace));
        Assert.Equal("hello 계", prompt.Text);
        prompt.Handle(new KeyEvent(Key.Left, Modifiers.Ctrl));
        Assert.Equal(0, prompt.Cursor);
        prompt.Handle(new KeyEvent(Key.Delete));
        Assert.Equal("ello 계", prompt.Text);
    }

    [Fact]
    public void A_pasted_line_break_becomes_a_space()
    {
        var prompt = new PromptState();

        prompt.Handle(new PasteEvent("one\r\ntwo\nthree"));

        Assert.Equal("one two three", prompt.Text);
    }

    [Fact]
    public void Renders_the_label_and_scrolls_sideways_to_keep_the_cursor_visible()
    {
        var buffer = new ScreenBuffer(10, 1);
        var prompt = new PromptState();
        var widget = new Prompt { Label = "/ " };
        prompt.SetText("번역검토합니다");

        var cursor = widget.Render(prompt, buffer, buffer.Area);

        // The view starts on a glyph boundary, never on the right half of 토.
        Assert.Equal("/ 합니다", buffer.ToLines()[0].TrimEnd());
        Assert.Equal(new Position(8, 0), cursor);

        prompt.Handle(new KeyEvent(Key.Home));
        cursor = widget.Render(prompt, buffer, buffer.Area);
        Assert.Equal("/ 번역검토", buffer.ToLines()[0].TrimEnd());
        Assert.Equal(new Position(2, 0), cursor);
    }
}
