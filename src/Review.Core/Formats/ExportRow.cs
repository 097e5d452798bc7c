using System.Runtime.InteropServices;
using System.Text;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// One pair as the exporters see it: <see cref="Target"/> is the final text (the decided text,
/// or the target under review when there is no effective decision). The row keeps the store's
/// bytes undecoded, so a writer that emits UTF-8 copies them (<see cref="TryGetUtf8"/>) instead
/// of decoding to a string and encoding back; the string properties decode on each access.
/// </summary>
public sealed class ExportRow
{
    /// <summary>How many fields a row has, in <see cref="ExportField"/> order.</summary>
    public const int FieldCount = (int)ExportField.Metadata + 1;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] _bytes;
    private readonly int[] _ends;
    private readonly int _nulls;
    private readonly int _utf16;

    public ExportRow(
        string id,
        string source,
        string target,
        PairStatus status,
        string originalTarget,
        string? suggestion,
        string? annotator,
        DateTimeOffset? decidedAt,
        string? note,
        string sourceLang,
        string targetLang,
        string? metadataJson)
        : this(Layout(
            id, source, target, PairNames.Of(status), originalTarget, suggestion, annotator,
            decidedAt is { } at ? DecisionTime.Write(at) : null, note, sourceLang, targetLang, metadataJson))
    {
    }

    private ExportRow((byte[] Bytes, int[] Ends, int Nulls, int Utf16) layout)
        : this(layout.Bytes, layout.Ends, layout.Nulls, layout.Utf16)
    {
    }

    /// <summary>
    /// A row over <paramref name="bytes"/>, where field i ends at <paramref name="ends"/>[i]; a set
    /// bit i in <paramref name="nulls"/> makes field i null, in <paramref name="utf16"/> makes its
    /// bytes UTF-16 code units (a text with a lone surrogate, which UTF-8 cannot hold). A store
    /// fills it from its own bytes, so an export copies them instead of decoding and encoding again.
    /// </summary>
    public ExportRow(byte[] bytes, int[] ends, int nulls, int utf16)
    {
        _bytes = bytes;
        _ends = ends;
        _nulls = nulls;
        _utf16 = utf16;
    }

    public string Id => Required(ExportField.Id);

    public string Source => Required(ExportField.Source);

    public string Target => Required(ExportField.Target);

    public PairStatus Status => PairNames.TryParseStatus(Required(ExportField.Status), out var status)
        ? status
        : throw new InvalidDataException($"unknown pair status '{Required(ExportField.Status)}' in the database");

    public string OriginalTarget => Required(ExportField.OriginalTarget);

    public string? Suggestion => Text(ExportField.Suggestion);

    public string? Annotator => Text(ExportField.Annotator);

    public DateTimeOffset? DecidedAt => Text(ExportField.DecidedAt) is { } at ? DecisionTime.Read(at) : null;

    public string? Note => Text(ExportField.Note);

    public string SourceLang => Required(ExportField.SourceLang);

    public string TargetLang => Required(ExportField.TargetLang);

    public string? MetadataJson => Text(ExportField.Metadata);

    public bool IsNull(ExportField field) => (_nulls & Bit(field)) != 0;

    /// <summary>The field's UTF-8 bytes; false when it is null or a text that UTF-8 cannot hold.</summary>
    public bool TryGetUtf8(ExportField field, out ReadOnlySpan<byte> utf8)
    {
        utf8 = Bytes(field);
        return ((_nulls | _utf16) & Bit(field)) == 0;
    }

    public string? Text(ExportField field)
    {
        if (IsNull(field))
        {
            return null;
        }
        var bytes = Bytes(field);
        return (_utf16 & Bit(field)) != 0 ? new string(MemoryMarshal.Cast<byte, char>(bytes)) : Utf8.GetString(bytes);
    }

    private string Required(ExportField field) =>
        Text(field) ?? throw new InvalidDataException($"export field {field} is unexpectedly null");

    private ReadOnlySpan<byte> Bytes(ExportField field)
    {
        var i = (int)field;
        var start = i == 0 ? 0 : _ends[i - 1];
        return _bytes.AsSpan(start, _ends[i] - start);
    }

    private static int Bit(ExportField field) => 1 << (int)field;

    private static (byte[], int[], int, int) Layout(params string?[] fields)
    {
        var parts = new byte[FieldCount][];
        int nulls = 0, utf16 = 0;
        for (var i = 0; i < FieldCount; i++)
        {
            var text = fields[i];
            if (text is null)
            {
                nulls |= 1 << i;
                parts[i] = [];
            }
            else if (LoneSurrogates.HasAny(text))
            {
                utf16 |= 1 << i;
                parts[i] = MemoryMarshal.AsBytes(text.AsSpan()).ToArray();
            }
            else
            {
                parts[i] = Utf8.GetBytes(text);
            }
        }
        var ends = new int[FieldCount];
        var end = 0;
        for (var i = 0; i < FieldCount; i++)
        {
            end += parts[i].Length;
            ends[i] = end;
        }
        return (parts.SelectMany(p => p).ToArray(), ends, nulls, utf16);
    }
}
