namespace Review.Cli.Tests.Faults;

/// <summary>A tmpfs of a few megabytes in a fresh folder, which <see cref="Fill"/> makes full; unmounted on dispose, failed test or not.</summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    public SmallDisk(string size = "4m")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "review-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        try
        {
            Mounts.Mount("-t", "tmpfs", "-o", $"size={size}", "tmpfs", Path);
        }
        catch
        {
            Directory.Delete(Path);
            throw;
        }
        _filler = File("filler");
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes zeros until the disk refuses, leaving at most <paramref name="leave"/> bytes free (0 by default).</summary>
    public void Fill(long leave = 0)
    {
        var free = new DriveInfo(Path).AvailableFreeSpace;
        using var stream = new FileStream(_filler, FileMode.Append, FileAccess.Write);
        var block = new byte[4096];
        var toWrite = Math.Max(0, free - leave);
        try
        {
            while (toWrite > 0)
            {
                stream.Write(block, 0, (int)Math.Min(block.Length, toWrite));
                toWrite -= block.Length;
            }
            stream.Flush();
        }
        catch (IOException)
        {
            // Full: that was the point.
        }
    }

    public void Free() => System.IO.File.Delete(_filler);

    public void Dispose()
    {
        Mounts.Unmount(Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // The lazy unmount may still be detaching; an empty folder in /tmp is harmless.
        }
    }
}
