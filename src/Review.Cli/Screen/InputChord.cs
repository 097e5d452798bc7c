using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>
/// One way to trigger a binding: a key (with its text for printable keys) and modifiers, or a
/// mouse wheel direction. <see cref="Label"/> is how help and hints spell it.
/// </summary>
public sealed record InputChord(Key Key, Modifiers Modifiers, string? Text, MouseAction? Wheel, string Label)
{
    public static InputChord Char(string text, string? label = null) => new(Key.Char, Modifiers.None, text, null, label ?? text);

    public static InputChord Ctrl(string letter) => new(Key.Char, Modifiers.Ctrl, letter, null, "Ctrl+" + letter.ToUpperInvariant());

    /// <summary>Any key with modifiers, labelled as <see cref="KeyNames.Label"/> spells it.</summary>
    public static InputChord Of(Key key, Modifiers modifiers, string? text) => new(key, modifiers, text, null, KeyNames.Label(key, modifiers, text));

    public static InputChord Special(Key key, string label) => new(key, Modifiers.None, null, null, label);

    public static InputChord MouseWheel(MouseAction direction, string label) => new(Key.Char, Modifiers.None, null, direction, label);

    public bool Matches(KeyEvent key)
    {
        if (Wheel is not null || key.Key != Key)
        {
            return false;
        }
        if (Key != Key.Char)
        {
            return key.Modifiers == Modifiers;
        }
        // Shift is part of the text for printable keys ("E" vs "e"), so it is not compared.
        var mods = key.Modifiers & ~Modifiers.Shift;
        return mods == Modifiers && string.Equals(key.Text, Text, StringComparison.Ordinal);
    }

    public bool Matches(MouseEvent mouse) => Wheel is { } wheel && mouse.Action == wheel;
}
