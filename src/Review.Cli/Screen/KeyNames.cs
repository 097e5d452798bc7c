using System.Text;
using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>
/// How actions, modes and chords are spelled in keys.toml, <c>review keys --list</c> and the help:
/// actions and modes in kebab case (<c>take-suggestion</c>, <c>hunks</c>), chords as
/// <c>a</c>, <c>Space</c>, <c>Ctrl+S</c>, <c>Alt+Enter</c>, <c>←</c> or <c>Left</c>.
/// </summary>
public static class KeyNames
{
    private static readonly (Key Key, string Label, string[] Names)[] Specials =
    [
        (Key.Left, "←", ["left"]), (Key.Right, "→", ["right"]), (Key.Up, "↑", ["up"]), (Key.Down, "↓", ["down"]),
        (Key.PageUp, "PgUp", ["pgup", "pageup"]), (Key.PageDown, "PgDn", ["pgdn", "pagedown"]),
        (Key.Home, "Home", ["home"]), (Key.End, "End", ["end"]), (Key.Tab, "Tab", ["tab"]),
        (Key.Enter, "Enter", ["enter", "return"]), (Key.Escape, "Esc", ["esc", "escape"]),
        (Key.Backspace, "Backspace", ["backspace"]), (Key.Delete, "Delete", ["delete", "del"]), (Key.Insert, "Insert", ["insert"]),
        (Key.F1, "F1", ["f1"]), (Key.F2, "F2", ["f2"]), (Key.F3, "F3", ["f3"]), (Key.F4, "F4", ["f4"]), (Key.F5, "F5", ["f5"]),
        (Key.F6, "F6", ["f6"]), (Key.F7, "F7", ["f7"]), (Key.F8, "F8", ["f8"]), (Key.F9, "F9", ["f9"]), (Key.F10, "F10", ["f10"]),
        (Key.F11, "F11", ["f11"]), (Key.F12, "F12", ["f12"]),
    ];

    public static string Of(ReviewAction action) => action switch
    {
        CommandAction command => Kebab(command.Command.ToString()),
        EditorKeyAction editor => Kebab(editor.Command.ToString()),
        PromptKeyAction prompt => Kebab(prompt.Command.ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a bindable action"),
    };

    public static string Of(KeyMode mode) => Kebab(mode.ToString());

    public static KeyMode? Mode(string name) =>
        Enum.GetValues<KeyMode>().Select(m => (KeyMode?)m).FirstOrDefault(m => Of(m!.Value) == name);

    /// <summary>How help and hints spell a key with its modifiers.</summary>
    public static string Label(Key key, Modifiers modifiers, string? text)
    {
        var prefix = (modifiers.HasFlag(Modifiers.Ctrl) ? "Ctrl+" : "") + (modifiers.HasFlag(Modifiers.Alt) ? "Alt+" : "")
            + (modifiers.HasFlag(Modifiers.Shift) && key != Key.Char ? "Shift+" : "");
        if (key != Key.Char)
        {
            return prefix + Specials.First(s => s.Key == key).Label;
        }
        var shown = text == " " ? "Space" : modifiers.HasFlag(Modifiers.Ctrl) ? text!.ToUpperInvariant() : text!;
        return prefix + shown;
    }

    /// <summary>Reads a chord as keys.toml spells it; null when it is not one.</summary>
    public static InputChord? Chord(string spelled)
    {
        if (spelled.Length == 0)
        {
            return null;
        }
        var parts = spelled.Length > 1 && spelled.EndsWith("++", StringComparison.Ordinal)
            ? [.. spelled[..^2].Split('+'), "+"]
            : spelled == "+" ? ["+"] : spelled.Split('+');
        var modifiers = Modifiers.None;
        foreach (var part in parts[..^1])
        {
            if (ModifierOf(part) is not { } modifier)
            {
                return null;
            }
            modifiers |= modifier;
        }
        return KeyOf(parts[^1], modifiers);
    }

    private static Modifiers? ModifierOf(string name) => name.ToLowerInvariant() switch
    {
        "ctrl" or "control" => Modifiers.Ctrl,
        "alt" or "meta" => Modifiers.Alt,
        "shift" => Modifiers.Shift,
        _ => null,
    };

    private static InputChord? KeyOf(string name, Modifiers modifiers)
    {
        var lower = name.ToLowerInvariant();
        if (modifiers == Modifiers.None && lower is "wheelup" or "wheeldown")
        {
            return lower == "wheelup" ? InputChord.MouseWheel(MouseAction.WheelUp, "wheel up") : InputChord.MouseWheel(MouseAction.WheelDown, "wheel down");
        }
        if (Specials.FirstOrDefault(s => s.Names.Contains(lower) || s.Label == name) is { Label: not null } special)
        {
            return InputChord.Of(special.Key, modifiers, null);
        }
        var text = lower == "space" ? " " : name;
        if (Review.Text.Graphemes.Split(text).Count != 1 || modifiers.HasFlag(Modifiers.Shift) || char.IsControl(text[0]))
        {
            return null;
        }
        return InputChord.Of(Key.Char, modifiers, modifiers.HasFlag(Modifiers.Ctrl) ? text.ToLowerInvariant() : text);
    }

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
