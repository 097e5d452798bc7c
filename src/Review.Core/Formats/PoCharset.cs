using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Review.Core.Formats;

/// <summary>
/// The charset a PO header declares, found in the file's first bytes before any line is decoded
/// (the header itself may hold a translator's name in that charset), and the strict decoder for it.
/// gettext's names (<c>EUC-KR</c>, <c>CP949</c>, <c>GB2312</c>, <c>GBK</c>, <c>GB18030</c>, <c>BIG5</c>...)
/// come from .NET's code-page provider, asked directly so that no process-wide registration is needed.
/// </summary>
public static partial class PoCharset
{
    /// <summary>The charset named in the header entry at the start of <paramref name="head"/>, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        var header = new StringBuilder();
        var inHeader = false;
        var sawMsgstr = false;
        foreach (var raw in Encoding.Latin1.GetString(head).Split('\n'))
        {
            var line = raw.Trim();
            if (!inHeader)
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                if (!HeaderStart().IsMatch(line))
                {
                    return null;
                }
                inHeader = true;
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("msgid", StringComparison.Ordinal) || line.StartsWith("msgctxt", StringComparison.Ordinal))
            {
                break;
            }
            sawMsgstr |= line.StartsWith("msgstr", StringComparison.Ordinal);
            header.Append(line);
        }
        if (!sawMsgstr)
        {
            return null;
        }
        var match = CharsetParameter().Match(header.ToString());
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Whether UTF-8 reads the file as the charset says (UTF-8, ASCII, or a template's placeholder).</summary>
    public static bool IsUtf8(string? charset) => charset is null
        || charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("CHARSET", StringComparison.Ordinal) || charset.Equals("ASCII", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("US-ASCII", StringComparison.OrdinalIgnoreCase);

    /// <summary>A decoder for <paramref name="charset"/> that throws on bytes the charset does not define, or null when .NET does not know it.</summary>
    public static Encoding? Decoder(string charset)
    {
        var name = charset.Trim();
        if (name.StartsWith("CP", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var codePage))
        {
            return ByCodePage(codePage);
        }
        return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? BuiltIn(name);
    }

    private static Encoding? ByCodePage(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? BuiltIn(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^msgid\s+""\s*$""")]
    private static partial Regex HeaderStart();

    [GeneratedRegex("""charset=([A-Za-z0-9_.:+-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
