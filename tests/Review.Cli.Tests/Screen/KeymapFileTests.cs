using Review.Cli.Screen;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

public sealed class KeymapFileTests
{
    [Fact]
    public void A_listed_action_gets_exactly_its_keys_and_they_leave_other_actions()
    {
        var keymap = KeymapFile.Apply(Keymap.Default, """
            # my keys
            [review]
            next-pair = ["l", "Right"]   # vi's l
            take-suggestion = "j"
            [hunks]
            take-hunk = "t"
            """, "keys.toml");

        Assert.Equal(ReviewCommand.NextPair, keymap.Resolve(KeyEvent.Char("l")));
        Assert.Equal(ReviewCommand.TakeSuggestion, keymap.Resolve(KeyEvent.Char("j")));
        Assert.Null(keymap.Resolve(KeyEvent.Char("s")));
        Assert.Equal(new CommandAction(ReviewCommand.TakeHunk), keymap.Resolve(KeyMode.Hunks, KeyEvent.Char("t")));
        Assert.Equal("l/→", keymap.Bindings.Single(b => b is { Mode: KeyMode.Review, Name: "next-pair" }).KeysLabel);
    }

    [Theory]
    [InlineData("[review]\nfly = \"z\"", "keys.toml:2: unknown action 'fly' in [review]; actions: accept, take-suggestion")]
    [InlineData("[screen]\naccept = \"z\"", "keys.toml:1: unknown table [screen]; use one of [anywhere], [review]")]
    [InlineData("[review]\n\naccept = \"Ctrl+\"", "keys.toml:3: 'Ctrl+' is not a key")]
    [InlineData("[review]\naccept = \"Hyper+a\"", "keys.toml:2: 'Hyper+a' is not a key")]
    [InlineData("[review]\naccept = z", "keys.toml:2: expected a quoted key")]
    [InlineData("accept = \"z\"", "keys.toml:1: bindings must be inside a table")]
    [InlineData("[editor]\naccept = \"z\"", "keys.toml:2: unknown action 'accept' in [editor]")]
    public void Mistakes_name_the_file_and_line(string text, string message)
    {
        var error = Assert.Throws<KeymapException>(() => KeymapFile.Apply(Keymap.Default, text, "keys.toml"));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void The_file_beside_the_database_wins_over_the_personal_one()
    {
        var folder = Directory.CreateTempSubdirectory("review-keys-");
        try
        {
            var config = Directory.CreateDirectory(Path.Combine(folder.FullName, "config", "review"));
            File.WriteAllText(Path.Combine(config.FullName, "keys.toml"), "[review]\naccept = \"A\"\nskip = \"S\"\n");
            var data = Directory.CreateDirectory(Path.Combine(folder.FullName, "data"));
            File.WriteAllText(Path.Combine(data.FullName, "keys.toml"), "[review]\naccept = \"b\"\n");
            var environment = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = Path.Combine(folder.FullName, "config") };

            var keymap = KeymapFiles.Load(Path.Combine(data.FullName, "corpus.review.db"), name => environment.GetValueOrDefault(name));

            Assert.Equal(ReviewCommand.Accept, keymap.Resolve(KeyEvent.Char("b")));
            Assert.Null(keymap.Resolve(KeyEvent.Char("A")));
            Assert.Equal(ReviewCommand.Skip, keymap.Resolve(KeyEvent.Char("S")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
