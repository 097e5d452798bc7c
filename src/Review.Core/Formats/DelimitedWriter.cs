using System.Buffers;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// TSV or CSV: columns id, source, target, status with a header row, separated by a tab or a
/// comma, each record ending with LF. A field containing the separator, a quote, CR or LF is
/// quoted RFC 4180 style (quotes doubled), which is exactly what <see cref="CsvPairReader"/>
/// reads back. A UTF-8 file cannot hold a lone surrogate: each is written as U+FFFD and counted.
/// </summary>
public sealed class DelimitedWriter : IPairWriter
{
    private readonly TextWriter _out;
    private readonly char _separator;
    private readonly SearchValues<char> _needsQuotes;
    private long _replaced;

    /// <param name="format"><see cref="PairFormat.Tsv"/> or <see cref="PairFormat.Csv"/>.</param>
    public DelimitedWriter(TextWriter output, PairFormat format)
    {
        _separator = format switch
        {
            PairFormat.Tsv => '\t',
            PairFormat.Csv => ',',
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a delimited export is tsv or csv"),
        };
        _needsQuotes = SearchValues.Create([_separator, '"', '\r', '\n']);
        _out = output;
        _out.Write(string.Join(_separator, "id", "source", "target", "status") + "\n");
    }

    public IReadOnlyList<string> Notes => _replaced == 0 ? [] : [LoneSurrogates.Note(_replaced)];

    public void Write(ExportRow row)
    {
        Field(row.Id);
        _out.Write(_separator);
        Field(row.Source);
        _out.Write(_separator);
        Field(row.Target);
        _out.Write(_separator);
        _out.Write(PairNames.Of(row.Status));
        _out.Write('\n');
    }

    public void Finish()
    {
    }

    private void Field(string value)
    {
        value = LoneSurrogates.Replace(value, ref _replaced);
        if (value.AsSpan().IndexOfAny(_needsQuotes) < 0)
        {
            _out.Write(value);
            return;
        }
        _out.Write('"');
        _out.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _out.Write('"');
    }
}
