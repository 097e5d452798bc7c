namespace Review.Terminal.Input;

/// <summary>
/// A key press. For <see cref="Key.Char"/>, <see cref="Text"/> holds the grapheme typed
/// (e.g. "a", "A", "한"); Ctrl+letter arrives as Key.Char with the lower-case letter and Ctrl.
/// </summary>
public sealed record KeyEvent(Key Key, Modifiers Modifiers = Modifiers.None, string? Text = null) : TerminalEvent
{
    public static KeyEvent Char(string text, Modifiers modifiers = Modifiers.None) => new(Key.Char, modifiers, text);
}
