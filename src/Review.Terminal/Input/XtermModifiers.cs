namespace Review.Terminal.Input;

/// <summary>The xterm modifier parameter: 1 + a bit mask of Shift(1), Alt(2), Ctrl(4), Meta(8).</summary>
internal static class XtermModifiers
{
    public static Modifiers FromParameter(int parameter)
    {
        if (parameter <= 1)
        {
            return Modifiers.None;
        }

        var mask = parameter - 1;
        var modifiers = Modifiers.None;
        if ((mask & 1) != 0)
        {
            modifiers |= Modifiers.Shift;
        }

        // Meta is folded into Alt: terminals disagree on which one the Option/Alt key sends.
        if ((mask & (2 | 8)) != 0)
        {
            modifiers |= Modifiers.Alt;
        }

        if ((mask & 4) != 0)
        {
            modifiers |= Modifiers.Ctrl;
        }

        return modifiers;
    }
}
