namespace Review.Core.Formats;

/// <summary>An export the user asked for cannot be written (the file exists, the folder is missing, ...).</summary>
public sealed class ExportException : Exception
{
    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
