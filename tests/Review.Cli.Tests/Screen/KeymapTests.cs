using Review.Cli.Screen;
using Review.Terminal.Input;
using Review.Terminal.Widgets;

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
    [InlineData("]", ReviewCommand.NextHunk)]
    [InlineData("[", ReviewCommand.PreviousHunk)]
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
    public void Ctrl_c_is_an_ordinary_binding_that_quits_from_every_mode()
    {
        var ctrlC = KeyEvent.Char("c", Modifiers.Ctrl);

        Assert.All(Enum.GetValues<KeyMode>(), mode =>
            Assert.Equal(new CommandAction(ReviewCommand.Quit), Keymap.Default.Resolve(mode, ctrlC)));
    }

    [Fact]
    public void The_editor_and_the_prompt_keys_are_bindings_of_their_modes()
    {
        Assert.Equal(new CommandAction(ReviewCommand.SaveEdit), Keymap.Default.Resolve(KeyMode.Editor, KeyEvent.Char("s", Modifiers.Ctrl)));
        Assert.Equal(new EditorKeyAction(EditorCommand.WordLeft), Keymap.Default.Resolve(KeyMode.Editor, new KeyEvent(Key.Left, Modifiers.Ctrl)));
        Assert.Equal(new PromptKeyAction(PromptCommand.HistoryBack), Keymap.Default.Resolve(KeyMode.Prompt, new KeyEvent(Key.Up)));
        Assert.Equal(new PromptKeyAction(PromptCommand.Submit), Keymap.Default.Resolve(KeyMode.Prompt, new KeyEvent(Key.Enter)));
        Assert.Null(Keymap.Default.Resolve(KeyMode.Editor, KeyEvent.Char("a")));
    }

    [Fact]
    public void Hunk_stepping_binds_y_and_n_and_falls_back_to_the_review_keys()
    {
        Assert.Equal(new CommandAction(ReviewCommand.LeaveHunk), Keymap.Default.Resolve(KeyMode.Hunks, KeyEvent.Char("n")));
        Assert.Equal(new CommandAction(ReviewCommand.SearchNext), Keymap.Default.Resolve(KeyMode.Review, KeyEvent.Char("n")));
        Assert.Equal(new CommandAction(ReviewCommand.LeaveRemainingHunks), Keymap.Default.Resolve(KeyMode.Hunks, KeyEvent.Char("N", Modifiers.Shift)));
        Assert.Equal(new CommandAction(ReviewCommand.Accept), Keymap.Default.Resolve(KeyMode.Hunks, KeyEvent.Char("a")));
        Assert.Equal(new CommandAction(ReviewCommand.EndHunks), Keymap.Default.Resolve(KeyMode.Hunks, new KeyEvent(Key.Escape)));
    }

    [Fact]
    public void Every_command_is_bound_and_every_binding_documented()
    {
        var bound = Keymap.Default.Bindings.Select(b => b.Action).OfType<CommandAction>().Select(a => a.Command).Distinct();

        Assert.Equal(Enum.GetValues<ReviewCommand>().Order(), bound.Order());
        Assert.Equal(Enum.GetValues<EditorCommand>().Order(),
            Keymap.Default.Bindings.Select(b => b.Action).OfType<EditorKeyAction>().Select(a => a.Command).Order());
        Assert.Equal(Enum.GetValues<PromptCommand>().Order(),
            Keymap.Default.Bindings.Select(b => b.Action).OfType<PromptKeyAction>().Select(a => a.Command).Order());
        Assert.All(Keymap.Default.Bindings, b => Assert.False(string.IsNullOrWhiteSpace(b.Help)));
    }

    [Fact]
    public void No_chord_is_bound_twice_in_a_mode()
    {
        foreach (var mode in Keymap.Default.Bindings.GroupBy(b => b.Mode))
        {
            var chords = mode.SelectMany(b => b.Chords).Select(c => (c.Key, c.Modifiers, c.Text, c.Wheel)).ToList();
            Assert.Equal(chords.Count, chords.Distinct().Count());
        }
    }

    [Fact]
    public void Every_label_reads_back_as_the_same_chord()
    {
        foreach (var chord in Keymap.Default.Bindings.SelectMany(b => b.Chords).Where(c => c.Wheel is null))
        {
            var read = KeyNames.Chord(chord.Label);
            Assert.True(read is not null, chord.Label);
            Assert.Equal((chord.Key, chord.Modifiers, chord.Text), (read!.Key, read.Modifiers, read.Text));
        }
    }

    [Fact]
    public void Docs_keys_md_is_the_page_generated_from_the_keymap()
    {
        var page = KeymapMarkdown.Page(Keymap.Default).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot(), "docs", "keys.md");
        Assert.All(Keymap.Default.Bindings, b => Assert.Contains(b.Help.Replace("|", "\\|", StringComparison.Ordinal), page));
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, page);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == page,
            "docs/keys.md differs from the keymap; regenerate it with UPDATE_SNAPSHOTS=1 dotnet test tests/Review.Cli.Tests --filter KeymapTests");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Review.sln")))
        {
            folder = folder.Parent;
        }
        return folder!.FullName;
    }
}
