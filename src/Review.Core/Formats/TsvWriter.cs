using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Columns id, source, target, status with a header row. A field containing a tab, quote, CR or LF
/// is quoted RFC 4180 style (quotes doubled), which is exactly what <see cref="CsvPairReader"/> reads back.
/// </summary>
public sealed class TsvWriter : IPairWriter
{
    private readonly TextWriter _out;
    private long _replaced;

    public TsvWriter(TextWriter output)
    {
        _out = output;
        _out.Write("id\tsource\ttarget\tstatus\n");
    }

    public IReadOnlyList<string> Notes => _replaced == 0 ? [] : [LoneSurrogates.Note(_replaced)];

    public void Write(ExportRow row)
    {
        Field(row.Id);
        _out.Write('\t');
        Field(row.Source);
        _out.Write('\t');
        Field(row.Target);
        _out.Write('\t');
        _out.Write(PairNames.Of(row.Status));
        _out.Write('\n');
    }

    public void Finish()
    {
    }

    private void Field(string value)
    {
        value = LoneSurrogates.Replace(value, ref _replaced);
        if (value.AsSpan().IndexOfAny("\t\"\r\n") < 0)
        {
            _out.Write(value);
            return;
        }
        _out.Write('"');
        _out.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _out.Write('"');
    }
}
