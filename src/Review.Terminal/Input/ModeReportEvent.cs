namespace Review.Terminal.Input;

/// <summary>
/// The terminal's answer to a DEC private mode query (DECRPM: ESC [ ? mode ; setting $ y).
/// Setting 0 means the mode is unknown; 1-4 mean known (set, reset, permanently set or reset).
/// Drivers consume it to learn capabilities; apps never see it from <c>ITerminal.ReadEvent</c>.
/// </summary>
public sealed record ModeReportEvent(int Mode, int Setting) : TerminalEvent
{
    public bool IsRecognized => Setting is >= 1 and <= 4;
}
