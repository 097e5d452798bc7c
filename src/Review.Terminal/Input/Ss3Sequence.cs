namespace Review.Terminal.Input;

/// <summary>SS3 keys (ESC O final): arrows and Home/End in application cursor mode, F1-F4, keypad Enter.</summary>
internal static class Ss3Sequence
{
    public static TerminalEvent? Decode(byte final, Modifiers modifiers)
    {
        Key? key = final switch
        {
            (byte)'A' => Key.Up,
            (byte)'B' => Key.Down,
            (byte)'C' => Key.Right,
            (byte)'D' => Key.Left,
            (byte)'H' => Key.Home,
            (byte)'F' => Key.End,
            (byte)'P' => Key.F1,
            (byte)'Q' => Key.F2,
            (byte)'R' => Key.F3,
            (byte)'S' => Key.F4,
            (byte)'M' => Key.Enter,
            _ => null,
        };
        return key is null ? null : new KeyEvent(key.Value, modifiers);
    }

    /// <summary>The Linux console's F1-F5: ESC [ [ A..E.</summary>
    public static TerminalEvent? LinuxFunctionKey(byte final) =>
        final is >= (byte)'A' and <= (byte)'E' ? new KeyEvent(Key.F1 + (final - 'A')) : null;
}
