using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// A file written under a temporary name in the target folder and renamed into place on
/// <see cref="Commit"/>, so readers never see half an export. Disposing without commit removes it.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly DirectFileStream _stream;
    private readonly string _tempPath;
    private StreamWriter? _writer;
    private bool _committed;

    public AtomicFile(string path)
    {
        Path = path;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        _tempPath = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            _stream = new DirectFileStream(File.OpenHandle(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"{path}: cannot write: {e.Message}", e);
        }
    }

    public string Path { get; }

    /// <summary>The file's bytes, for writers that produce UTF-8 themselves.</summary>
    public Stream Stream => _stream;

    /// <summary>UTF-8 text over <see cref="Stream"/>, for writers that work in strings.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(_stream, Utf8NoBom, 1 << 16);

    public void Commit(bool overwrite)
    {
        _writer?.Flush();
        _stream.Complete();
        _stream.Dispose();
        try
        {
            File.Move(_tempPath, Path, overwrite);
        }
        catch (IOException e)
        {
            throw new ExportException($"{Path}: cannot replace: {e.Message}", e);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }
        _stream.Dispose();
        File.Delete(_tempPath);
    }
}
