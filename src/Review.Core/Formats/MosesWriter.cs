namespace Review.Core.Formats;

/// <summary>
/// Writes FILE.src and FILE.tgt, one text per line. A line cannot hold a newline, so LF inside a
/// text is written as the two characters <c>\n</c> and CR as <c>\r</c>; nothing else (not even a
/// backslash) is escaped, so texts without newlines come out exactly as they are.
/// </summary>
public sealed class MosesWriter : IPairWriter
{
    private readonly TextWriter _source;
    private readonly TextWriter _target;
    private long _escapedTexts;
    private long _replaced;

    public MosesWriter(TextWriter source, TextWriter target)
    {
        _source = source;
        _target = target;
    }

    public IReadOnlyList<string> Notes =>
    [
        .. _escapedTexts == 0 ? Array.Empty<string>() : [$"{_escapedTexts} texts had newlines, written as \\n and \\r"],
        .. _replaced == 0 ? Array.Empty<string>() : [LoneSurrogates.Note(_replaced)],
    ];

    public void Write(ExportRow row)
    {
        WriteLine(_source, row.Source);
        WriteLine(_target, row.Target);
    }

    public void Finish()
    {
    }

    public static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private void WriteLine(TextWriter output, string text)
    {
        text = LoneSurrogates.Replace(text, ref _replaced);
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            _escapedTexts++;
            text = Escape(text);
        }
        output.Write(text);
        output.Write('\n');
    }
}
