namespace Review.Core.Checks;

/// <summary>Finds markdown code spans (runs of backticks closed by an equal run), outside math. A GNU
/// quote, <c>`name'</c> as in coreutils' messages, is a quote, not the opening of code.</summary>
public static class CodeScanner
{
    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlyList<TextSpan> math)
    {
        var open = text.IndexOf('`');
        if (open < 0)
        {
            return [];
        }

        var spans = new List<TextSpan>();
        while (open >= 0)
        {
            var run = RunLength(text, open);
            if (run == 1 && GnuQuoteEnd(text, open) is var quoteEnd and > 0)
            {
                open = text.IndexOf('`', quoteEnd);
                continue;
            }

            var close = FindClosing(text, open + run, run);
            if (close < 0)
            {
                break;
            }

            if (!SortedSpans.Covers(math, open))
            {
                spans.Add(new TextSpan(open, close + run - open));
            }

            open = text.IndexOf('`', close + run);
        }

        return spans;
    }

    /// <summary>The index after the <c>'</c> closing a GNU quote opened at <paramref name="open"/>, or
    /// -1: the apostrophe comes before any other backtick or line break and is not inside an English
    /// word (<c>`don't`</c> is code; a Korean particle may follow, <c>`%s'에</c>).</summary>
    private static int GnuQuoteEnd(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '`' or '\n':
                    return -1;
                case '\'' when i + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]):
                    return i + 1;
            }
        }

        return -1;
    }

    private static int FindClosing(string text, int from, int run)
    {
        var at = text.IndexOf('`', from);
        while (at >= 0)
        {
            var length = RunLength(text, at);
            if (length == run)
            {
                return at;
            }

            at = text.IndexOf('`', at + length);
        }

        return -1;
    }

    private static int RunLength(string text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - at;
    }

}
