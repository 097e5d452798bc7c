namespace Review.Cli.Screen;

/// <summary>The prose of docs/keys.md, above the table generated from the keymap.</summary>
internal static class KeysPage
{
    public const string Intro = """
        # Keys

        <!-- Generated from the keymap (src/Review.Cli/Screen/DefaultKeys.cs) by KeymapMarkdown.Page;
             a test fails when this page differs. Regenerate: UPDATE_SNAPSHOTS=1 dotnet test tests/Review.Cli.Tests --filter KeymapTests -->

        Every key of every mode is one binding in the keymap: the review screen, hunk stepping, the
        inline editor, the prompts and the help. `?` on the screen shows them all; `review keys --list`
        prints the bindings in effect, keys.toml included.

        Modes: `review` is the screen; `hunks` is hunk stepping (`]` starts it, `Esc` ends it), and
        keys it does not bind fall through to `review`; `editor` and `prompt` are the inline editor and
        the one-line prompts, where unbound printable keys are typed; `help` is the `?` overlay, where
        any unbound key closes it; `anywhere` is tried first in every mode (Ctrl+C).

        ## Rebinding: keys.toml

        review reads `keys.toml` from `$XDG_CONFIG_HOME/review/` (default `~/.config/review/`), then the
        one beside the database. Both apply, in that order: the file beside the database wins for the
        actions it names, and the personal file keeps the rest. One table per mode; an action listed gets
        exactly the keys given, and those keys leave the mode's other actions:

        ```toml
        [review]
        next-pair = ["l", "Right"]   # l and → go to the next pair; j no longer does
        take-suggestion = "S"

        [hunks]
        take-hunk = "t"
        ```

        Keys are spelled `a`, `A`, `Space`, `Tab`, `Enter`, `Esc`, `Backspace`, `Delete`, `Left`/`←`,
        `Right`, `Up`, `Down`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F12`, `WheelUp`, `WheelDown`, with
        `Ctrl+`, `Alt+` (and `Shift+` on non-printable keys) in front. An unknown table, action or key
        is an error naming the file and line, and review does not start.

        ## Every binding


        """;
}
