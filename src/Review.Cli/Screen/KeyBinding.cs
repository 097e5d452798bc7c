namespace Review.Cli.Screen;

/// <summary>
/// One entry of the keymap: the chords, what they do, the help text and the help group.
/// <see cref="Hint"/> is the short label for the bottom bar; null keeps the binding out of it.
/// </summary>
public sealed record KeyBinding(IReadOnlyList<InputChord> Chords, ReviewCommand Command, string Help, string Group, string? Hint = null)
{
    public string KeysLabel => string.Join("/", Chords.Select(c => c.Label));
}
