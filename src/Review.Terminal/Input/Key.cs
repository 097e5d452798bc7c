namespace Review.Terminal.Input;

/// <summary>A key as decoded from the terminal. Printable input is <see cref="Char"/> with its text on the event.</summary>
public enum Key
{
    Char,
    Enter,
    Tab,
    Backspace,
    Escape,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    Delete,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
}
