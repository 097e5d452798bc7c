using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>
/// Every binding of every mode as data: the review screen, hunk stepping, the editor, the prompts
/// and the help. Help, the hint bar, docs/keys.md and <c>review keys --list</c> are generated from
/// this list, so a key cannot be bound without being documented; keys.toml rebinds it
/// (<see cref="KeymapFile"/>). Defaults follow Prodigy, mutt/tig, less, git add -p and readline.
/// </summary>
public sealed class Keymap(IReadOnlyList<KeyBinding> bindings)
{
    public IReadOnlyList<KeyBinding> Bindings { get; } = bindings;

    public static Keymap Default { get; } = new(DefaultKeys.Bindings());

    /// <summary>The action a key or wheel turn asks for in a mode; null when nothing binds it.</summary>
    public ReviewAction? Resolve(KeyMode mode, TerminalEvent input)
    {
        foreach (var lookup in LookupOrder(mode))
        {
            foreach (var binding in Bindings)
            {
                if (binding.Mode == lookup && binding.Chords.Any(c => Matches(c, input)))
                {
                    return binding.Action;
                }
            }
        }
        return null;
    }

    /// <summary>The review command of a key on the review screen (the other modes aside), for tests and the retry wait.</summary>
    public ReviewCommand? Resolve(TerminalEvent input) =>
        Resolve(KeyMode.Review, input) is CommandAction command ? command.Command : null;

    /// <summary>The groups in the order they first appear, each with its bindings.</summary>
    public IEnumerable<IGrouping<string, KeyBinding>> Groups() => Bindings.GroupBy(b => b.Group);

    public IEnumerable<KeyBinding> Hints(KeyMode mode) => Bindings.Where(b => b.Mode == mode && b.Hint is not null && b.Chords.Count > 0);

    /// <summary>This keymap with another set of chords for one action of one mode; those chords leave the mode's other actions.</summary>
    public Keymap Rebind(KeyMode mode, string action, IReadOnlyList<InputChord> chords)
    {
        var rebound = Bindings.Select(b =>
        {
            if (b.Mode != mode)
            {
                return b;
            }
            if (b.Name == action)
            {
                return b with { Chords = chords };
            }
            return b with { Chords = b.Chords.Where(c => !chords.Any(n => SameChord(c, n))).ToList() };
        });
        return new Keymap(rebound.ToList());
    }

    private static KeyMode[] LookupOrder(KeyMode mode) => mode switch
    {
        KeyMode.Hunks => [KeyMode.Anywhere, KeyMode.Hunks, KeyMode.Review],
        _ => [KeyMode.Anywhere, mode],
    };

    private static bool Matches(InputChord chord, TerminalEvent input) => input switch
    {
        KeyEvent key => chord.Matches(key),
        MouseEvent mouse => chord.Matches(mouse),
        _ => false,
    };

    private static bool SameChord(InputChord a, InputChord b) =>
        a.Key == b.Key && a.Modifiers == b.Modifiers && a.Text == b.Text && a.Wheel == b.Wheel;
}
