namespace Review.Terminal.Drivers;

/// <summary>How a driver sets up the terminal.</summary>
/// <param name="Mouse">Report clicks and the wheel (the terminal's own selection then needs Shift).</param>
/// <param name="FocusReporting">Report focus in and out.</param>
/// <param name="SuspendOnCtrlZ">
/// Ctrl+Z restores the terminal and stops the process like a shell job; on resume (fg) the driver
/// re-enters and reports a <see cref="Input.ResizeEvent"/> so the app redraws. When false, or when
/// no job-control shell is there to resume us (see <see cref="JobControl"/>), Ctrl+Z is an
/// ordinary key.
/// </param>
/// <param name="EscapeTimeout">How long a lone ESC waits for a following byte before it is the Esc key.</param>
/// <param name="RawInputObserver">
/// Sees every chunk of raw input bytes before it is decoded (for `review keys`); drivers without
/// byte-level input never call it.
/// </param>
public sealed record TerminalOptions(
    bool Mouse = true,
    bool FocusReporting = true,
    bool SuspendOnCtrlZ = true,
    TimeSpan? EscapeTimeout = null,
    Action<byte[]>? RawInputObserver = null)
{
    public static readonly TimeSpan DefaultEscapeTimeout = TimeSpan.FromMilliseconds(50);

    public TimeSpan EffectiveEscapeTimeout => EscapeTimeout ?? DefaultEscapeTimeout;
}
