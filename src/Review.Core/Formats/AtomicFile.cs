using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// A file written under a temporary name in the target folder and moved into place by
/// <see cref="AtomicFileSet.Commit"/>, so readers never see half an export. Disposing without a
/// commit removes it. The temporary name carries this process's id (see <see cref="StaleTemps"/>),
/// so that a later run can tell the leftovers of a killed export from one still running.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly DirectFileStream _stream;
    private StreamWriter? _writer;
    private bool _completed;

    public AtomicFile(string path)
    {
        Path = path;
        TempPath = StaleTemps.NameFor(path, StaleTemps.NewSuffix);
        try
        {
            _stream = new DirectFileStream(File.OpenHandle(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException(FileFaults.Describe(path, e, "write"), e);
        }
    }

    public string Path { get; }

    /// <summary>Where the bytes are until the commit.</summary>
    public string TempPath { get; }

    /// <summary>The file's bytes, for writers that produce UTF-8 themselves.</summary>
    public Stream Stream => _stream;

    /// <summary>UTF-8 text over <see cref="Stream"/>, for writers that work in strings.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(_stream, Utf8NoBom, 1 << 16);

    /// <summary>Writes out and syncs every byte; the file is then complete under its temporary name.</summary>
    public void Complete()
    {
        try
        {
            _writer?.Flush();
            _stream.Complete();
            _stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException(FileFaults.Describe(Path, e, "write") + "; nothing was replaced", e);
        }
        _completed = true;
    }

    /// <summary>Moved into place; nothing is left to clean up.</summary>
    internal bool Committed { get; set; }

    public void Dispose()
    {
        if (Committed)
        {
            return;
        }
        if (!_completed)
        {
            try
            {
                _stream.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The write already failed and says so; what is left is deleted below.
            }
        }
        File.Delete(TempPath);
    }
}
