namespace Review.Core.Tests.Storage;

/// <summary>A database path in a fresh temporary folder that is removed, with its WAL files, afterwards.</summary>
public sealed class ScratchDatabase : IDisposable
{
    public ScratchDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("review-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "corpus.review.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed writer process may still be releasing the file; the OS cleans temp folders.
        }
    }
}
