namespace Review.Tests.Shared;

/// <summary>A database path in a fresh temporary folder that is removed, with its WAL files, afterwards.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    public ScratchDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("review-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "corpus.review.db");
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Overwrites the middle of the file (b-tree pages of the pairs table) with garbage.</summary>
    public void Corrupt()
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite);
        var garbage = new byte[4096 * 4];
        new Random(7).NextBytes(garbage);
        stream.Position = stream.Length / 2 / 4096 * 4096;
        stream.Write(garbage);
    }

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
