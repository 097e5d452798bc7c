namespace Review.Core.Ports;

/// <summary>A problem with the database file that the user can act on; the message names the file.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The cause, so that callers can tell a full disk (worth retrying) from a damaged file.</summary>
    public StoreFault Fault { get; init; }

    /// <summary>Worth trying again once the user has freed space or the disk or the server is back.</summary>
    public bool Transient => Fault is StoreFault.DiskFull or StoreFault.Io or StoreFault.Busy or StoreFault.Unreachable;
}
