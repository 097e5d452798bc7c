using System.Globalization;
using System.Text;

namespace Review.Cli.Commands;

/// <summary>
/// Makes file names and other text from data safe to print: control characters (C0, DEL, C1) and
/// bidi overrides become visible escapes such as <c>\x1b</c>, so no data byte acts on the terminal.
/// </summary>
internal static class VisibleText
{
    public static string Of(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(IsUnsafe(c) ? Escape(c) : c.ToString());
        }
        return visible.ToString();
    }

    private static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static string Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when c < 0x100 => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
    };
}
