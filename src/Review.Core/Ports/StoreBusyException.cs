namespace Review.Core.Ports;

/// <summary>Another process held the write lock for longer than the busy timeout; nothing was written.</summary>
public sealed class StoreBusyException : Exception
{
    public StoreBusyException(string message)
        : base(message)
    {
    }

    public StoreBusyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
