using System.Text;
using System.Text.RegularExpressions;

namespace Review.Terminal.Tests.Output;

/// <summary>
/// Reads renderer output strictly: valid UTF-8; every ESC starts a sequence from the renderer's
/// known set (CUP, CUF, SGR, ED, EL, private modes 25 and 2026); no other C0, no DEL, no C1 and no bidi
/// or invisible format character anywhere.
/// </summary>
public static partial class OutputValidator
{
    public static IReadOnlyList<string> Problems(ReadOnlySpan<byte> output)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(output);
        }
        catch (DecoderFallbackException error)
        {
            return [$"invalid UTF-8: {error.Message}"];
        }

        var problems = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\e')
            {
                var match = KnownSequence().Match(text, i);
                if (!match.Success || match.Index != i)
                {
                    problems.Add($"unknown escape at {i}: {Visible(text.Substring(i, Math.Min(12, text.Length - i)))}");
                    continue;
                }

                i += match.Length - 1;
            }
            else if (c < 0x20 || c is >= '\u007f' and < '\u00a0' || IsBidiOrInvisible(c) || char.IsSurrogate(c) && !IsPairAt(text, i))
            {
                problems.Add($"control U+{(int)c:X4} at {i}");
            }
        }

        return problems;
    }

    private static bool IsPairAt(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        || (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));

    private static bool IsBidiOrInvisible(char c) =>
        c is >= '\u200B' and <= '\u200C' or >= '\u200E' and <= '\u200F' or >= '\u202A' and <= '\u202E'
            or >= '\u2066' and <= '\u2069' or '\uFEFF' or '\u061C';

    private static string Visible(string text) => text.Replace("\e", "\\e");

    [GeneratedRegex(@"\e\[(\?(25|2026)[hl]|\d+;\d+H|H|\d*C|0(;\d+)*m|2J|K)")]
    private static partial Regex KnownSequence();
}
