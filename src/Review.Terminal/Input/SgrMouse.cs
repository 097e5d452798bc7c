namespace Review.Terminal.Input;

/// <summary>SGR (1006) mouse reports: ESC [ &lt; button ; x ; y (M press | m release), 1-based.</summary>
internal static class SgrMouse
{
    private const int ShiftBit = 4;
    private const int AltBit = 8;
    private const int CtrlBit = 16;
    private const int MotionBit = 32;
    private const int WheelBit = 64;

    public static TerminalEvent? Decode(ReadOnlySpan<char> body, bool pressed)
    {
        var parameters = CsiSequence.Parameters(body);
        if (parameters.Count != 3 || parameters[1] < 1 || parameters[2] < 1)
        {
            return null;
        }

        return FromCode(parameters[0], parameters[1] - 1, parameters[2] - 1, pressed);
    }

    public static TerminalEvent? FromCode(int code, int x, int y, bool pressed)
    {
        var modifiers = Modifiers.None;
        if ((code & ShiftBit) != 0)
        {
            modifiers |= Modifiers.Shift;
        }

        if ((code & AltBit) != 0)
        {
            modifiers |= Modifiers.Alt;
        }

        if ((code & CtrlBit) != 0)
        {
            modifiers |= Modifiers.Ctrl;
        }

        var button = code & 3;
        if ((code & WheelBit) != 0)
        {
            // Horizontal wheel (buttons 6 and 7) has no action in our model.
            return button switch
            {
                0 => new MouseEvent(MouseAction.WheelUp, 0, x, y, modifiers),
                1 => new MouseEvent(MouseAction.WheelDown, 0, x, y, modifiers),
                _ => null,
            };
        }

        if ((code & MotionBit) != 0)
        {
            // Motion with no button held is hover, which we never enable and do not report.
            return button == 3 ? null : new MouseEvent(MouseAction.Drag, button, x, y, modifiers);
        }

        return new MouseEvent(pressed ? MouseAction.Press : MouseAction.Release, button, x, y, modifiers);
    }
}
