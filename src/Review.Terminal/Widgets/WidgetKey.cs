using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>
/// A default key of a widget: the key, its modifiers, the text for printable keys, and the
/// command it runs. Applications read these tables to build their own keymap (and let users
/// rebind them); the widgets' <c>Handle</c> methods use them when no keymap sits in between.
/// </summary>
public sealed record WidgetKey<TCommand>(Key Key, Modifiers Modifiers, string? Text, TCommand Command)
    where TCommand : struct, Enum
{
    public bool Matches(KeyEvent key) =>
        key.Key == Key && key.Modifiers == Modifiers && (Key != Key.Char || key.Text == Text);
}
