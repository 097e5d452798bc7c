namespace Review.Terminal.Input;

/// <summary>
/// A complete CSI sequence (ESC [ params intermediates final) turned into an event, or null when
/// it is not input we understand: terminal replies (device attributes, cursor position, mode
/// reports) and anything unknown are dropped whole.
/// </summary>
internal static class CsiSequence
{
    public static TerminalEvent? Decode(string body, char final)
    {
        if (body.Length > 0 && body[0] == '<')
        {
            return final is 'M' or 'm' ? SgrMouse.Decode(body.AsSpan(1), final == 'M') : null;
        }

        if (final == 'y' && body.StartsWith('?') && body.EndsWith('$'))
        {
            return ModeReport(body.AsSpan(1, body.Length - 2));
        }

        // '?', '=' and '>' introduce private replies (DA, DECRPM); '$' and the like are intermediates.
        // Keys never carry either, so such a sequence is a reply we did not ask for.
        if (body.Any(c => c is < '0' or > ';'))
        {
            return null;
        }

        var parameters = Parameters(body);
        return final switch
        {
            '~' => Tilde(parameters),
            'u' => parameters.Count > 0 ? ControlKeys.FromCodePoint(parameters[0], ModifierAt(parameters, 1)) : null,
            'Z' => new KeyEvent(Key.Tab, Modifiers.Shift | ModifierAt(parameters, 1)),
            'I' when parameters.Count == 0 => new FocusEvent(true),
            'O' when parameters.Count == 0 => new FocusEvent(false),
            'R' => FunctionKeyOrCursorReport(parameters),
            _ => Letter(final, parameters),
        };
    }

    private static ModeReportEvent? ModeReport(ReadOnlySpan<char> body) =>
        Parameters(body) is [var mode, var setting] ? new ModeReportEvent(mode, setting) : null;

    private static KeyEvent? Letter(char final, List<int> parameters)
    {
        Key? key = final switch
        {
            'A' => Key.Up,
            'B' => Key.Down,
            'C' => Key.Right,
            'D' => Key.Left,
            'H' => Key.Home,
            'F' => Key.End,
            'P' => Key.F1,
            'Q' => Key.F2,
            'S' => Key.F4,
            _ => null,
        };
        if (key is null || (parameters.Count > 0 && parameters[0] > 1))
        {
            return null;
        }

        return new KeyEvent(key.Value, ModifierAt(parameters, 1));
    }

    // xterm sends a modified F3 as CSI 1;m R, which a cursor position report (CSI row;col R)
    // resembles; we never ask for the cursor position, so only the F3 shape is kept.
    private static KeyEvent? FunctionKeyOrCursorReport(List<int> parameters) =>
        parameters is [1, >= 2 and <= 16] ? new KeyEvent(Key.F3, XtermModifiers.FromParameter(parameters[1])) : null;

    private static KeyEvent? Tilde(List<int> parameters)
    {
        if (parameters.Count == 0)
        {
            return null;
        }

        if (parameters[0] == 27 && parameters.Count >= 3)
        {
            return ControlKeys.FromCodePoint(parameters[2], XtermModifiers.FromParameter(parameters[1]));
        }

        Key? key = parameters[0] switch
        {
            1 or 7 => Key.Home,
            2 => Key.Insert,
            3 => Key.Delete,
            4 or 8 => Key.End,
            5 => Key.PageUp,
            6 => Key.PageDown,
            11 => Key.F1,
            12 => Key.F2,
            13 => Key.F3,
            14 => Key.F4,
            15 => Key.F5,
            17 => Key.F6,
            18 => Key.F7,
            19 => Key.F8,
            20 => Key.F9,
            21 => Key.F10,
            23 => Key.F11,
            24 => Key.F12,
            _ => null,
        };
        return key is null ? null : new KeyEvent(key.Value, ModifierAt(parameters, 1));
    }

    private static Modifiers ModifierAt(List<int> parameters, int index) =>
        parameters.Count > index ? XtermModifiers.FromParameter(parameters[index]) : Modifiers.None;

    /// <summary>Semicolon-separated numbers; a colon sub-parameter keeps only its first part; empty is 0.</summary>
    public static List<int> Parameters(ReadOnlySpan<char> body)
    {
        var result = new List<int>();
        if (body.IsEmpty)
        {
            return result;
        }

        foreach (var range in body.Split(';'))
        {
            var part = body[range];
            var colon = part.IndexOf(':');
            if (colon >= 0)
            {
                part = part[..colon];
            }

            result.Add(int.TryParse(part, out var value) ? value : 0);
        }

        return result;
    }
}
