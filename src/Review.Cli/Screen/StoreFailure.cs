using Review.Core.Ports;
using Review.Storage.Sqlite;

namespace Review.Cli.Screen;

/// <summary>Why a save on the screen failed, in the words of the hint line: a short cause first, the file's full message after it.</summary>
internal sealed record StoreFailure(StoreFault Fault, string Detail)
{
    public bool Transient => Fault is StoreFault.DiskFull or StoreFault.Busy or StoreFault.Io or StoreFault.Unreachable;

    public string Retrying => $"NOT SAVED: {Cause}; retrying every second, the decision is kept (q to quit) · {Detail}";

    public string QuitAgain => $"NOT SAVED: {Cause}; press q again to quit and DROP this decision · {Detail}";

    public string Refused => $"NOT SAVED: {Cause} · {Detail}";

    private string Cause => Fault switch
    {
        StoreFault.DiskFull => "disk full",
        StoreFault.Busy => "the database is busy",
        StoreFault.Io => "disk I/O error",
        StoreFault.Unreachable => "the database server cannot be reached",
        StoreFault.ReadOnly => "the database is read-only",
        StoreFault.Damaged => "the database is damaged",
        StoreFault.NoPermission => "no permission",
        _ => "cannot write",
    };

    /// <summary>The failure behind <paramref name="e"/>, or null when it is not about the database (a bug, which must not be hidden).</summary>
    public static StoreFailure? Of(Exception e, string path) => e switch
    {
        StoreBusyException busy => new(StoreFault.Busy, busy.Message),
        StoreException store => new(store.Fault, store.Message),
        _ when StoreFaults.Translate(path, e, "save the decision") is { } translated => Of(translated, path),
        _ => null,
    };
}
