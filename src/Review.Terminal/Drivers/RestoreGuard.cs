using System.Runtime.InteropServices;

namespace Review.Terminal.Drivers;

/// <summary>
/// Runs a restore action on every way out of the process: SIGINT, SIGTERM, SIGHUP (an SSH drop),
/// SIGQUIT, an unhandled exception and process exit. The handlers do not cancel the signal, so
/// after the terminal is restored the runtime's default action (terminate) still happens and the
/// exit status still names the signal.
/// </summary>
internal sealed class RestoreGuard : IDisposable
{
    private static readonly PosixSignal[] FatalSignals =
        [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    private readonly Action _restore;
    private readonly List<PosixSignalRegistration> _registrations = [];

    public RestoreGuard(Action restore)
    {
        _restore = restore;
        foreach (var signal in FatalSignals)
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, OnFatalSignal));
        }

        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Set once a fatal signal arrived, so no frame is drawn over the restored screen.</summary>
    public bool Terminating { get; private set; }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
    }

    private void OnFatalSignal(PosixSignalContext context)
    {
        Terminating = true;
        _restore();
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => _restore();

    private void OnProcessExit(object? sender, EventArgs e) => _restore();
}
