
namespace Review.Core.Text;

/// <summary>
/// Finds how much two texts share at their start and end, cut back to a token boundary, in time
/// linear in the shared part. This lets a diff of one edit in 100,000 characters tokenize only
/// the few characters around the edit.
/// </summary>
internal static class CommonEnds
{
    // How far back from the first difference to look for a safe token boundary; past it, the
    // shared part is given up and the diff sees the whole span.
    private const int Window = 256;

    /// <summary>The length of a shared start that ends on a token boundary in both texts.</summary>
    public static int Lead(ReadOnlySpan<char> oldText, ReadOnlySpan<char> newText, DiffGranularity granularity)
    {
        var common = oldText.CommonPrefixLength(newText);
        var codes = oldText[..common].IndexOfAny(InlineCodes.Open, InlineCodes.Close) >= 0;
        for (var cut = common - 1; cut > 0 && cut >= common - Window; cut--)
        {
            // Only the shared part before the cut is read, so the answer holds in both texts.
            if (ScriptTokenizer.StartsToken(oldText, cut, granularity)
                && !(codes && oldText[..cut].LastIndexOfAny(InlineCodes.Open, InlineCodes.Close) is var mark and >= 0 && oldText[mark] == InlineCodes.Open))
            {
                return cut;
            }
        }
        return 0;
    }

    /// <summary>The length of a shared end, after <paramref name="lead"/>, that starts on a token boundary in both texts.</summary>
    public static int Trail(ReadOnlySpan<char> oldText, ReadOnlySpan<char> newText, int lead, DiffGranularity granularity)
    {
        // The boundary test reads two characters before the cut, so they too must be shared.
        var most = Math.Min(SuffixLength(oldText, newText) - 2, Math.Min(oldText.Length, newText.Length) - lead);
        var codes = most > 0 && oldText[^most..].IndexOfAny(InlineCodes.Open, InlineCodes.Close) >= 0;
        for (var length = most; length > 0 && length >= most - Window; length--)
        {
            // Inside a code the next mark is its close; only the shared part after the cut is read.
            if (ScriptTokenizer.StartsToken(oldText, oldText.Length - length, granularity)
                && !(codes && oldText[^length..].IndexOfAny(InlineCodes.Open, InlineCodes.Close) is var mark and >= 0 && oldText[oldText.Length - length + mark] == InlineCodes.Close))
            {
                return length;
            }
        }
        return 0;
    }

    private static int SuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = 0;
        var most = Math.Min(a.Length, b.Length);
        while (length < most && a[^(length + 1)] == b[^(length + 1)])
        {
            length++;
        }
        return length;
    }
}
