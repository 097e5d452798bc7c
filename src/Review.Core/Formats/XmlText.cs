using System.Text;

namespace Review.Core.Formats;

/// <summary>Replaces characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) with U+FFFD.</summary>
public static class XmlText
{
    public static string Sanitize(string text, out int replaced)
    {
        replaced = 0;
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pairLength = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var allowed = pairLength == 2 || IsAllowed(c);
            if (!allowed)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
                replaced++;
                continue;
            }
            clean?.Append(text, i, pairLength);
            i += pairLength - 1;
        }
        return clean?.ToString() ?? text;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
}
