using Review.Cli.Screen;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

public sealed class KeymapTests
{
    [Theory]
    [InlineData("a", ReviewCommand.Accept)]
    [InlineData("s", ReviewCommand.TakeSuggestion)]
    [InlineData("e", ReviewCommand.Edit)]
    [InlineData("E", ReviewCommand.EditFromSuggestion)]
    [InlineData("x", ReviewCommand.Reject)]
    [InlineData("r", ReviewCommand.Reject)]
    [InlineData(" ", ReviewCommand.Skip)]
    [InlineData("u", ReviewCommand.Undo)]
    [InlineData("j", ReviewCommand.NextPair)]
    [InlineData("k", ReviewCommand.PreviousPair)]
    [InlineData("g", ReviewCommand.Goto)]
    [InlineData("/", ReviewCommand.Search)]
    [InlineData("n", ReviewCommand.SearchNext)]
    [InlineData("N", ReviewCommand.SearchPrevious)]
    [InlineData("f", ReviewCommand.Filter)]
    [InlineData("m", ReviewCommand.Note)]
    [InlineData("q", ReviewCommand.Quit)]
    [InlineData("?", ReviewCommand.Help)]
    [InlineData("c", ReviewCommand.NextGuess)]
    [InlineData("v", ReviewCommand.CycleGuess)]
    public void Prodigy_style_letters_resolve(string text, ReviewCommand command)
    {
        Assert.Equal(command, Keymap.Default.Resolve(KeyEvent.Char(text)));
    }

    [Theory]
    [InlineData(Key.Right, ReviewCommand.NextPair)]
    [InlineData(Key.Left, ReviewCommand.PreviousPair)]
    [InlineData(Key.Tab, ReviewCommand.NextPending)]
    [InlineData(Key.Backspace, ReviewCommand.Undo)]
    [InlineData(Key.Up, ReviewCommand.ScrollUp)]
    [InlineData(Key.Down, ReviewCommand.ScrollDown)]
    [InlineData(Key.PageUp, ReviewCommand.PageUp)]
    [InlineData(Key.PageDown, ReviewCommand.PageDown)]
    public void Special_keys_resolve(Key key, ReviewCommand command)
    {
        Assert.Equal(command, Keymap.Default.Resolve(new KeyEvent(key)));
    }

    [Fact]
    public void Control_keys_resolve_and_shift_letters_stay_distinct()
    {
        Assert.Equal(ReviewCommand.Quit, Keymap.Default.Resolve(KeyEvent.Char("c", Modifiers.Ctrl)));
        Assert.Equal(ReviewCommand.ExternalEditor, Keymap.Default.Resolve(KeyEvent.Char("e", Modifiers.Ctrl)));
        Assert.Equal(ReviewCommand.EditFromSuggestion, Keymap.Default.Resolve(KeyEvent.Char("E", Modifiers.Shift)));
        Assert.Equal(ReviewCommand.NextGuess, Keymap.Default.Resolve(KeyEvent.Char("c")));
    }

    [Fact]
    public void The_wheel_scrolls()
    {
        Assert.Equal(ReviewCommand.ScrollDown, Keymap.Default.Resolve(new MouseEvent(MouseAction.WheelDown, 0, 4, 4)));
        Assert.Null(Keymap.Default.Resolve(new MouseEvent(MouseAction.Press, 0, 4, 4)));
    }

    [Fact]
    public void Every_command_is_bound_and_documented_once()
    {
        var bound = Keymap.Default.Bindings.Select(b => b.Command).ToList();

        Assert.Equal(Enum.GetValues<ReviewCommand>().Order(), bound.Order());
        Assert.All(Keymap.Default.Bindings, b => Assert.False(string.IsNullOrWhiteSpace(b.Help)));
    }

    [Fact]
    public void No_chord_is_bound_twice()
    {
        var labels = Keymap.Default.Bindings.SelectMany(b => b.Chords).Select(c => (c.Key, c.Modifiers, c.Text, c.Wheel)).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void The_readme_keys_table_is_generated_from_the_keymap()
    {
        var table = KeymapMarkdown.Table(Keymap.Default);

        Assert.All(Keymap.Default.Bindings, b => Assert.Contains(b.Help, table));
        ScreenSnapshot.Match("keys-table", table.TrimEnd('\n'));
    }

    [Fact]
    public void The_keys_page_shows_the_keys_table_as_generated()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Review.sln")))
        {
            folder = folder.Parent;
        }
        var page = File.ReadAllText(Path.Combine(folder!.FullName, "docs", "keys.md")).ReplaceLineEndings("\n");

        Assert.Contains(KeymapMarkdown.Table(Keymap.Default).ReplaceLineEndings("\n"), page);
    }
}
