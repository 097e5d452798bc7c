namespace Review.Terminal.Input;

public enum MouseAction
{
    Press,
    Release,
    Drag,
    WheelUp,
    WheelDown,
}

/// <summary>An SGR mouse report; X and Y are 0-based cell coordinates.</summary>
public sealed record MouseEvent(MouseAction Action, int Button, int X, int Y, Modifiers Modifiers = Modifiers.None) : TerminalEvent;
