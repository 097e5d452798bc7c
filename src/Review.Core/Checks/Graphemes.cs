using System.Globalization;

namespace Review.Core.Checks;

/// <summary>Widens spans to grapheme boundaries so a highlight never splits a character.</summary>
public static class Graphemes
{
    public static TextSpan Snap(string text, int start, int length)
    {
        var end = Math.Min(text.Length, start + length);
        start = Math.Clamp(start, 0, text.Length);
        if (IsSimple(text, start, end))
        {
            return new TextSpan(start, end - start);
        }

        var snappedStart = 0;
        var at = 0;
        while (at < end || at <= start)
        {
            if (at <= start)
            {
                snappedStart = at;
            }

            if (at >= text.Length)
            {
                break;
            }

            at += StringInfo.GetNextTextElementLength(text, at);
        }

        var snappedEnd = length == 0 ? snappedStart : Math.Min(at, text.Length);
        return new TextSpan(snappedStart, snappedEnd - snappedStart);
    }

    /// <summary>ASCII and precomposed Hangul/CJK around the edges cannot start or continue a cluster.</summary>
    private static bool IsSimple(string text, int start, int end) =>
        IsPlainBoundary(text, start) && IsPlainBoundary(text, end);

    private static bool IsPlainBoundary(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        var before = text[index - 1];
        var after = text[index];
        return before < 0x300 && after < 0x300 && !(before == '\r' && after == '\n');
    }
}
