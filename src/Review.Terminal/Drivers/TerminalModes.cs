namespace Review.Terminal.Drivers;

/// <summary>The private modes a full-screen session turns on, and the exact bytes that undo them.</summary>
internal static class TerminalModes
{
    private const string AlternateScreenOn = "\e[?1049h";
    private const string AlternateScreenOff = "\e[?1049l";
    private const string CursorHidden = "\e[?25l";
    private const string CursorShown = "\e[?25h";
    private const string PasteOn = "\e[?2004h";
    private const string PasteOff = "\e[?2004l";

    // Button events (1000), drags (1002) and SGR coordinates (1006); no hover tracking.
    private const string MouseOn = "\e[?1000h\e[?1002h\e[?1006h";
    private const string MouseOff = "\e[?1006l\e[?1002l\e[?1000l";
    private const string FocusOn = "\e[?1004h";
    private const string FocusOff = "\e[?1004l";
    private const string StyleReset = "\e[0m";

    /// <summary>DECRQM for synchronized output; the reply tells us whether mode 2026 is known.</summary>
    public const string QuerySynchronizedOutput = "\e[?2026$p";

    public static string EnterSequence(TerminalOptions options) =>
        AlternateScreenOn + CursorHidden + PasteOn
        + (options.Mouse ? MouseOn : "")
        + (options.FocusReporting ? FocusOn : "");

    /// <summary>Everything is switched off unconditionally: restoring a mode we never set is harmless.</summary>
    public const string LeaveSequence = MouseOff + FocusOff + PasteOff + StyleReset + CursorShown + AlternateScreenOff;
}
