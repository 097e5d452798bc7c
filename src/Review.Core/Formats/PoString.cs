using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// The C string syntax of PO files: <c>"..."</c> with backslash escapes. Reading accepts every
/// escape gettext writes (<c>\n \t \r \" \\ \a \b \f \v</c>, octal and <c>\x</c>); writing uses
/// the named escapes only, as msgcat does, and splits a text after each inner newline.
/// </summary>
public static class PoString
{
    /// <summary>The text of the quoted string starting at <paramref name="start"/>, or null with <paramref name="problem"/> set.</summary>
    public static string? Parse(string line, int start, out string? problem)
    {
        problem = null;
        var i = start;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        if (i >= line.Length || line[i] != '"')
        {
            problem = "expected a quoted string";
            return null;
        }
        var text = new StringBuilder();
        for (i++; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (line.AsSpan(i + 1).Trim(" \t").Length != 0)
                {
                    problem = "text after the closing quote";
                    return null;
                }
                return text.ToString();
            }
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            if (++i >= line.Length)
            {
                break;
            }
            if (!Unescape(line, ref i, text))
            {
                problem = $"unknown escape \\{line[i]}";
                return null;
            }
        }
        problem = "missing closing quote";
        return null;
    }

    /// <summary>Writes <c>keyword "text"</c>, or <c>keyword ""</c> followed by one line per newline-ended piece.</summary>
    public static void Write(TextWriter output, string prefix, string keyword, string text)
    {
        var inner = text.IndexOf('\n');
        if (inner < 0 || inner == text.Length - 1)
        {
            output.Write($"{prefix}{keyword} \"{Escape(text)}\"\n");
            return;
        }
        output.Write($"{prefix}{keyword} \"\"\n");
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            output.Write($"{prefix}\"{Escape(text[start..end])}\"\n");
            start = end;
        }
    }

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\v' => "\\v",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static bool Unescape(string line, ref int i, StringBuilder text)
    {
        var named = line[i] switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '"' => '"',
            '\\' => '\\',
            'a' => '\a',
            'b' => '\b',
            'f' => '\f',
            'v' => '\v',
            '\'' => '\'',
            '?' => '?',
            _ => (char?)null,
        };
        if (named is { } c)
        {
            text.Append(c);
            return true;
        }
        if (line[i] is >= '0' and <= '7')
        {
            return Number(line, ref i, 8, 3, text);
        }
        if (line[i] == 'x' && i + 1 < line.Length && Uri.IsHexDigit(line[i + 1]))
        {
            i++;
            return Number(line, ref i, 16, 2, text);
        }
        return false;
    }

    private static bool Number(string line, ref int i, int radix, int maxDigits, StringBuilder text)
    {
        var value = 0;
        var digits = 0;
        while (digits < maxDigits && i < line.Length && Digit(line[i], radix) is { } d)
        {
            value = value * radix + d;
            digits++;
            i++;
        }
        i--;
        text.Append((char)value);
        return true;
    }

    private static int? Digit(char c, int radix)
    {
        var d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
        return d < radix ? d : null;
    }
}
