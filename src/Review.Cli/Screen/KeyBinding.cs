namespace Review.Cli.Screen;

/// <summary>
/// One entry of the keymap: the mode it applies in, the chords, the action they dispatch, the help
/// text and the help group. <see cref="Hint"/> is the short label for the bottom bar; null keeps
/// the binding out of it. <see cref="Name"/> is how keys.toml and <c>review keys --list</c> call the action.
/// </summary>
public sealed record KeyBinding(KeyMode Mode, IReadOnlyList<InputChord> Chords, ReviewAction Action, string Help, string Group, string? Hint = null)
{
    public string Name => KeyNames.Of(Action);

    public string KeysLabel => Chords.Count == 0 ? "(unbound)" : string.Join("/", Chords.Select(c => c.Label));
}
