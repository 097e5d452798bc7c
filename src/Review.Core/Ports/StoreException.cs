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
}
