using System.Text;

namespace Review.Text;

/// <summary>
/// Turns untrusted text into text that is safe to put on a terminal: every C0, DEL and C1 control
/// (judged on code points, so <c>Ü</c> stays <c>Ü</c>), bidi override or isolate, invisible format
/// character and unpaired surrogate becomes visible text flagged as an escape. Sanitizing twice
/// changes nothing.
/// </summary>
public static class Sanitizer
{
    private const char ZeroWidthJoiner = '\u200D';
    private const string ReplacementMarker = "\uFFFD";
    private const string TabArrow = "⇥";

    /// <summary>True when <paramref name="text"/> has nothing to escape (the common case, checked fast).</summary>
    public static bool IsClean(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            {
                return false;
            }

            if (c < 0x61C)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || InvisibleMarkers.Has(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits <paramref name="text"/> into plain runs and escape runs.</summary>
    public static IReadOnlyList<TextRun> Sanitize(string text, SanitizerOptions? options = null)
    {
        if (IsClean(text))
        {
            return text.Length == 0 ? [] : [new TextRun(text, false)];
        }

        return Escape(text, options ?? SanitizerOptions.Default);
    }

    /// <summary>The sanitized text flattened into one string, for places that cannot style escapes.</summary>
    public static string ToDisplayString(string text, SanitizerOptions? options = null) =>
        IsClean(text) ? text : string.Concat(Sanitize(text, options).Select(run => run.Text));

    private static List<TextRun> Escape(string text, SanitizerOptions options)
    {
        var runs = new List<TextRun>();
        var plain = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var escape = EscapeAt(text, i, options, out var consumed);
            if (escape is null)
            {
                plain.Append(text, i, consumed);
            }
            else
            {
                Flush(plain, runs);
                runs.Add(new TextRun(escape, options.Tab == TabDisplay.Arrow || text[i] != '\t'));
            }

            i += consumed - 1;
        }

        Flush(plain, runs);
        return runs;
    }

    /// <summary>The visible replacement for the code point at <paramref name="i"/>, or null to keep it.</summary>
    private static string? EscapeAt(string text, int i, SanitizerOptions options, out int consumed)
    {
        consumed = 1;
        var c = text[i];
        if (c == '\t')
        {
            return options.Tab == TabDisplay.Arrow ? TabArrow : new string(' ', options.TabWidth);
        }

        if (c < 0x20)
        {
            return "^" + (char)(c + 0x40);
        }

        if (c == 0x7F)
        {
            return "^?";
        }

        if (c >= 0x80 && c < 0xA0)
        {
            return $"\\x{(int)c:x2}";
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            consumed = 2;
            return null;
        }

        if (char.IsSurrogate(c))
        {
            return ReplacementMarker;
        }

        if (c == ZeroWidthJoiner && JoinsPictographs(text, i))
        {
            return null;
        }

        return InvisibleMarkers.Has(c) ? InvisibleMarkers.For(c) : null;
    }

    /// <summary>A joiner inside an emoji ZWJ sequence (👩‍💻) is part of the glyph, not a hidden character.</summary>
    private static bool JoinsPictographs(string text, int joiner)
    {
        var before = joiner - 1;
        while (before >= 0)
        {
            var skip = EmojiSuffixLength(text, before);
            if (skip == 0)
            {
                break;
            }

            before -= skip;
        }

        if (before > 0 && char.IsLowSurrogate(text[before]))
        {
            before--;
        }

        return before >= 0
            && joiner + 1 < text.Length
            && Rune.TryGetRuneAt(text, before, out var left)
            && Rune.TryGetRuneAt(text, joiner + 1, out var right)
            && DisplayWidth.IsExtendedPictographic(left.Value)
            && DisplayWidth.IsExtendedPictographic(right.Value);
    }

    /// <summary>
    /// Length of a presentation selector or skin-tone modifier (U+1F3FB..1F3FF, surrogates D83C DFFB..DFFF)
    /// ending at <paramref name="end"/>: they may sit between an emoji and its joiner.
    /// </summary>
    private static int EmojiSuffixLength(string text, int end)
    {
        var c = text[end];
        if (c == '\uFE0F')
        {
            return 1;
        }

        return c >= '\uDFFB' && c <= '\uDFFF' && end > 0 && text[end - 1] == '\uD83C' ? 2 : 0;
    }

    private static void Flush(StringBuilder plain, List<TextRun> runs)
    {
        if (plain.Length > 0)
        {
            runs.Add(new TextRun(plain.ToString(), false));
            plain.Clear();
        }
    }
}
