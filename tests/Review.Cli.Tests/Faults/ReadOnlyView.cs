namespace Review.Cli.Tests.Faults;

/// <summary>
/// A read-only bind mount: of a folder onto a second path, or of a file onto itself. Root ignores
/// permission bits, so this is how the tests make the kernel refuse writes (EROFS) to root too.
/// </summary>
internal sealed class ReadOnlyView : IDisposable
{
    private readonly string? _createdFolder;

    private ReadOnlyView(string path, string? createdFolder)
    {
        Path = path;
        _createdFolder = createdFolder;
    }

    public string Path { get; }

    public static ReadOnlyView OfFolder(string folder)
    {
        var view = folder.TrimEnd('/') + "-ro";
        Directory.CreateDirectory(view);
        Mounts.BindReadOnly(folder, view);
        return new ReadOnlyView(view, view);
    }

    public static ReadOnlyView OfFile(string file)
    {
        Mounts.BindReadOnly(file, file);
        return new ReadOnlyView(file, null);
    }

    public void Dispose()
    {
        Mounts.Unmount(Path);
        if (_createdFolder is not null)
        {
            try
            {
                Directory.Delete(_createdFolder);
            }
            catch (IOException)
            {
                // The lazy unmount may still be detaching; an empty folder in /tmp is harmless.
            }
        }
    }
}
