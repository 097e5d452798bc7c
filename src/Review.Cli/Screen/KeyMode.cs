namespace Review.Cli.Screen;

/// <summary>
/// Which bindings a key is looked up in. <see cref="Anywhere"/> is tried first in every mode
/// (Ctrl+C); <see cref="Hunks"/> falls back to <see cref="Review"/> for keys it does not bind.
/// </summary>
public enum KeyMode
{
    Anywhere,
    Review,
    Hunks,
    Editor,
    Prompt,
    Help,
}
