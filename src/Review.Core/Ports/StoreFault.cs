namespace Review.Core.Ports;

/// <summary>
/// Why a database operation failed, as far as the user can act on it: the screen retries a save on
/// <see cref="DiskFull"/>, <see cref="Busy"/>, <see cref="Io"/> and <see cref="Unreachable"/>, and gives up at once on the others.
/// </summary>
public enum StoreFault
{
    Other,
    Busy,
    DiskFull,
    ReadOnly,
    NoPermission,
    Damaged,
    Io,

    /// <summary>A database server that cannot be reached (down, restarting, the network): worth retrying.</summary>
    Unreachable,
}
