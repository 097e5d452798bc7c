namespace Review.Core.Checks;

/// <summary>Finds markdown code spans (runs of backticks closed by an equal run), outside math.</summary>
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
            var close = FindClosing(text, open + run, run);
            if (close < 0)
            {
                break;
            }

            if (!Covers(math, open))
            {
                spans.Add(new TextSpan(open, close + run - open));
            }

            open = text.IndexOf('`', close + run);
        }

        return spans;
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

    private static bool Covers(IReadOnlyList<TextSpan> spans, int index) =>
        spans.Any(s => index >= s.Start && index < s.End);
}
