namespace Review.Cli.Tests.EndToEnd;

/// <summary>keys.toml on the real binary: a rebound key works under tmux, and `?` and `review keys --list` show it.</summary>
public sealed class KeysEndToEndTests : IDisposable
{
    private readonly ReviewRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void A_key_rebound_beside_the_database_works_and_the_help_shows_it()
    {
        File.WriteAllText(Path.Combine(_run.Folder, "keys.toml"), "[review]\nnext-pair = [\"l\", \"Right\"]\n");
        using (var tmux = _run.Open(80, 24))
        {
            tmux.WaitFor(ReviewRun.Id(1));
            tmux.Keys("l");
            tmux.WaitFor(ReviewRun.Id(2));
            tmux.Keys("j");
            tmux.Keys("?");
            tmux.WaitUntil(screen => screen.Contains("l/→") && screen.Contains("next pair"), "the rebound key in the help");
            tmux.Keys("Escape");
            // j is no longer bound: the help opened on pair 2, and closing it shows pair 2 still.
            tmux.WaitUntil(screen => screen.Contains("pair 2 of") && screen.Contains(ReviewRun.Id(2)), "pair 2 after the help");
            tmux.Keys("q");
            tmux.WaitFor("REVIEW-EXITED-0");
        }
    }

    [Fact]
    public void Keys_list_prints_the_effective_bindings()
    {
        var database = Path.Combine(_run.Folder, "corpus.review.db");
        File.WriteAllText(Path.Combine(_run.Folder, "keys.toml"), "[hunks]\ntake-hunk = \"t\"\n");

        var (exitCode, error) = ReviewRun.RunWithoutTerminal("keys", "--list", "--db", database);

        Assert.True(exitCode == 0, error);
        var lines = ReviewRun.LastOutput!.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.TrimEnd(), " +", " ")).ToList();
        Assert.Contains("hunks take-hunk t", lines);
        Assert.Contains("anywhere quit Ctrl+C", lines);
        Assert.Contains("editor save-edit Ctrl+S/Enter", lines);
    }

    [Fact]
    public void A_malformed_keys_toml_is_one_line_naming_the_file_and_line()
    {
        var keys = Path.Combine(_run.Folder, "keys.toml");
        File.WriteAllText(keys, "[review]\n# fine\nnext-pair = \"Ctrl+Shift+\"\n");

        var (exitCode, error) = ReviewRun.RunWithoutTerminal("keys", "--list", "--db", Path.Combine(_run.Folder, "corpus.review.db"));

        Assert.Equal(1, exitCode);
        Assert.Equal($"review: {keys}:3: 'Ctrl+Shift+' is not a key; write a, Space, Ctrl+S, Alt+Enter, Left, PgDn, F5 or the like", error.TrimEnd('\n'));
    }
}
