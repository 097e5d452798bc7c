namespace Review.Terminal.Drivers;

/// <summary>Carries out one CSI sequence on the emulator; false when it is not one the emulator knows.</summary>
internal static class CsiDispatch
{
    internal static bool Run(TerminalEmulator terminal, string parameters, char final)
    {
        if (parameters.StartsWith('?'))
        {
            return PrivateMode(terminal, parameters[1..], final);
        }

        if (!TryParse(parameters, out var numbers))
        {
            return false;
        }

        int Arg(int index, int fallback) => index < numbers.Count && numbers[index] > 0 ? numbers[index] : fallback;
        var screen = terminal.Screen;
        switch (final)
        {
            case 'H' or 'f': terminal.MoveTo(Arg(1, 1) - 1, Arg(0, 1) - 1); return true;
            case 'A': terminal.MoveTo(terminal.CursorX, terminal.CursorY - Arg(0, 1)); return true;
            case 'B': terminal.MoveTo(terminal.CursorX, terminal.CursorY + Arg(0, 1)); return true;
            case 'C': terminal.MoveTo(terminal.CursorX + Arg(0, 1), terminal.CursorY); return true;
            case 'D': terminal.MoveTo(terminal.CursorX - Arg(0, 1), terminal.CursorY); return true;
            case 'm': return terminal.ApplySgr(numbers);
            case 'J': return Erase(terminal, Arg(0, 0), 0, screen.Width * screen.Height);
            case 'K':
                var rowStart = terminal.CursorY * screen.Width;
                return Erase(terminal, Arg(0, 0), rowStart, rowStart + screen.Width);
            default: return false;
        }
    }

    private static bool Erase(TerminalEmulator terminal, int mode, int start, int end)
    {
        var cursor = terminal.CursorIndex;
        switch (mode)
        {
            case 0: terminal.Erase(cursor, end); return true;
            case 1: terminal.Erase(start, cursor + 1); return true;
            case 2: terminal.Erase(start, end); return true;
            default: return false;
        }
    }

    private static bool PrivateMode(TerminalEmulator terminal, string parameters, char final)
    {
        if ((final != 'h' && final != 'l') || !TryParse(parameters, out var modes) || modes.Count == 0)
        {
            return false;
        }

        foreach (var mode in modes)
        {
            terminal.SetMode(mode, final == 'h');
        }

        return true;
    }

    private static bool TryParse(string parameters, out List<int> numbers)
    {
        numbers = [];
        if (parameters.Length == 0)
        {
            return true;
        }

        foreach (var part in parameters.Split(';'))
        {
            if (part.Length == 0)
            {
                numbers.Add(0);
            }
            else if (int.TryParse(part, System.Globalization.NumberStyles.None, null, out var value))
            {
                numbers.Add(value);
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
