namespace Review.Core.Checks;

/// <summary>How a text ends: its last meaningful character once closing quotes, brackets,
/// emphasis markers, citations and math are set aside.</summary>
public static class SentenceEnds
{
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '。' or '！' or '？' or '…' or '．' or '｡';

    /// <summary>True when the text ends a sentence, e.g. <c>…했다.</c>, <c>…했다[12].</c>,
    /// <c>…"done."</c> or <c>…입니다.**</c>.</summary>
    public static bool EndsWithTerminal(TextProfile profile)
    {
        var text = profile.Text;
        var at = text.Length - 1;
        while (at >= 0)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c) || IsCloser(c))
            {
                at--;
                continue;
            }

            var skipped = SkipTrailingSpan(profile, at);
            if (skipped != at)
            {
                at = skipped;
                continue;
            }

            return IsTerminal(c);
        }

        return false;
    }

    /// <summary>Index of the last character before a citation or math span ending at <paramref name="at"/>.</summary>
    private static int SkipTrailingSpan(TextProfile profile, int at)
    {
        foreach (var citation in profile.Citations)
        {
            if (citation.Span.End - 1 == at)
            {
                return citation.Span.Start - 1;
            }
        }

        foreach (var math in profile.Math)
        {
            if (math.End - 1 == at)
            {
                return math.Start - 1;
            }
        }

        return at;
    }

    private static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '」' or '』' or '）' or '］' or '》' or '〉' or '*' or '_' or '`';
}
