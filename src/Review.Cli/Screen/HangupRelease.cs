using System.Runtime.InteropServices;
using Review.Core.Ports;

namespace Review.Cli.Screen;

/// <summary>
/// Gives the annotator's pair back to the team when the session is cut off (SIGHUP: a dropped SSH
/// connection; SIGTERM), not a lease later. The handler runs on its own thread while the loop may
/// be using its store, so it opens a connection of its own. It does not cancel the signal: the
/// terminal guard restores the screen and the process ends as before.
/// </summary>
internal sealed class HangupRelease : IDisposable
{
    private readonly string _database;
    private readonly string _annotator;
    private readonly PosixSignalRegistration[] _registrations;

    public HangupRelease(string database, string annotator)
    {
        _database = database;
        _annotator = annotator;
        _registrations = OperatingSystem.IsWindows()
            ? []
            : [PosixSignalRegistration.Create(PosixSignal.SIGHUP, Release), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Release)];
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Release(PosixSignalContext context)
    {
        try
        {
            using var store = StoreFactory.OpenExisting(_database, verifyInBackground: true);
            store.ReleaseClaims(_annotator);
        }
        catch (Exception e) when (e is StoreException or StoreBusyException or IOException or System.Data.Common.DbException)
        {
            // The process is ending either way; the lease then lapses on its own.
        }
    }
}
