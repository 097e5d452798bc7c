using Review.Terminal.Input;

namespace Review.Terminal.Drivers;

/// <summary>System.Console's key records as our <see cref="KeyEvent"/>s, for <see cref="ConsoleTerminal"/>.</summary>
internal static class ConsoleKeyMapping
{
    public static KeyEvent ToKeyEvent(ConsoleKeyInfo info, string? text = null)
    {
        var modifiers = Modifiers(info.Modifiers);
        if (Named(info.Key) is { } key)
        {
            return new KeyEvent(key, modifiers);
        }

        var c = info.KeyChar;
        if (c is >= '\u0001' and <= '\u001A')
        {
            return KeyEvent.Char(((char)('a' + c - 1)).ToString(), modifiers | Input.Modifiers.Ctrl);
        }

        if ((modifiers & Input.Modifiers.Ctrl) != 0 && info.Key is >= ConsoleKey.A and <= ConsoleKey.Z)
        {
            return KeyEvent.Char(((char)('a' + (info.Key - ConsoleKey.A))).ToString(), modifiers & ~Input.Modifiers.Shift);
        }

        // Shift is already in the character typed ("A"), as the byte decoder reports it.
        return KeyEvent.Char(text ?? c.ToString(), modifiers & ~Input.Modifiers.Shift);
    }

    private static Key? Named(ConsoleKey key) => key switch
    {
        ConsoleKey.Enter => Key.Enter,
        ConsoleKey.Tab => Key.Tab,
        ConsoleKey.Backspace => Key.Backspace,
        ConsoleKey.Escape => Key.Escape,
        ConsoleKey.UpArrow => Key.Up,
        ConsoleKey.DownArrow => Key.Down,
        ConsoleKey.LeftArrow => Key.Left,
        ConsoleKey.RightArrow => Key.Right,
        ConsoleKey.Home => Key.Home,
        ConsoleKey.End => Key.End,
        ConsoleKey.PageUp => Key.PageUp,
        ConsoleKey.PageDown => Key.PageDown,
        ConsoleKey.Insert => Key.Insert,
        ConsoleKey.Delete => Key.Delete,
        >= ConsoleKey.F1 and <= ConsoleKey.F12 => Key.F1 + (key - ConsoleKey.F1),
        _ => null,
    };

    private static Modifiers Modifiers(ConsoleModifiers modifiers)
    {
        var result = Input.Modifiers.None;
        if ((modifiers & ConsoleModifiers.Shift) != 0)
        {
            result |= Input.Modifiers.Shift;
        }

        if ((modifiers & ConsoleModifiers.Alt) != 0)
        {
            result |= Input.Modifiers.Alt;
        }

        if ((modifiers & ConsoleModifiers.Control) != 0)
        {
            result |= Input.Modifiers.Ctrl;
        }

        return result;
    }
}
