using System.Buffers;
using System.Globalization;
using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// JSON string escaping and unescaping that keeps every UTF-16 code unit, lone surrogates included
/// (<c>"\ud800"</c>), which System.Text.Json refuses. Writing is canonical: only quote, backslash,
/// controls and lone surrogates are escaped, so a file in this form exports byte-for-byte.
/// </summary>
public static class JsonStrings
{
    // Everything that may need an escape: controls, quote, backslash and any surrogate (most are paired and pass).
    private static readonly SearchValues<char> Special = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]);

    private static readonly SearchValues<byte> SpecialBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    // The escape of each byte SpecialBytes finds, from the same table the UTF-16 writer uses.
    private static readonly byte[][] EscapeBytes = [.. Enumerable.Range(0, '\\' + 1)
        .Select(b => Encoding.ASCII.GetBytes(EscapeOf([(char)b], 0) ?? ""))];

    /// <summary>Decodes the bytes between the quotes of a JSON string the tokenizer already accepted.</summary>
    public static string Unescape(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped)
        {
            return Utf8Text.Decode(raw);
        }
        var text = new StringBuilder(raw.Length);
        var runStart = 0;
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }
            text.Append(Utf8Text.Decode(raw[runStart..i]));
            i += AppendEscape(raw[i..], text);
            runStart = i;
        }
        text.Append(Utf8Text.Decode(raw[runStart..]));
        return text.ToString();
    }

    /// <summary>Writes <paramref name="value"/> as a quoted JSON string.</summary>
    public static void Write(TextWriter writer, string value)
    {
        writer.Write('"');
        var rest = value.AsSpan();
        var offset = 0;
        while (rest.IndexOfAny(Special) is var next && next >= 0)
        {
            writer.Write(rest[..next]);
            var at = offset + next;
            if (EscapeOf(value, at) is { } escape)
            {
                writer.Write(escape);
            }
            else
            {
                writer.Write(value[at]);
            }
            rest = rest[(next + 1)..];
            offset = at + 1;
        }
        writer.Write(rest);
        writer.Write('"');
    }

    /// <summary>
    /// Writes valid UTF-8 <paramref name="utf8"/> as a quoted JSON string, byte for byte what
    /// <see cref="Write(TextWriter, string)"/> writes for the same text (UTF-8 holds no lone surrogates).
    /// </summary>
    public static void Write(Stream output, ReadOnlySpan<byte> utf8)
    {
        output.WriteByte((byte)'"');
        while (utf8.IndexOfAny(SpecialBytes) is var next && next >= 0)
        {
            output.Write(utf8[..next]);
            output.Write(EscapeBytes[utf8[next]]);
            utf8 = utf8[(next + 1)..];
        }
        output.Write(utf8);
        output.WriteByte((byte)'"');
    }

    public static string Quote(string value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, value);
        return writer.ToString();
    }

    private static int AppendEscape(ReadOnlySpan<byte> escape, StringBuilder text)
    {
        switch ((char)escape[1])
        {
            case 'b': text.Append('\b'); return 2;
            case 'f': text.Append('\f'); return 2;
            case 'n': text.Append('\n'); return 2;
            case 'r': text.Append('\r'); return 2;
            case 't': text.Append('\t'); return 2;
            case 'u':
                var hex = Encoding.ASCII.GetString(escape.Slice(2, 4));
                text.Append((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return 6;
            default: text.Append((char)escape[1]); return 2;
        }
    }

    private static string? EscapeOf(ReadOnlySpan<char> span, int i)
    {
        var c = span[i];
        switch (c)
        {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\b': return "\\b";
            case '\f': return "\\f";
        }
        if (c < 0x20 || IsLoneSurrogate(span, i))
        {
            return $"\\u{(int)c:x4}";
        }
        return null;
    }

    private static bool IsLoneSurrogate(ReadOnlySpan<char> span, int i)
    {
        var c = span[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= span.Length || !char.IsLowSurrogate(span[i + 1]);
        }
        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(span[i - 1]));
    }
}
