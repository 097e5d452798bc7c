namespace Review.Core.Checks;

/// <summary>
/// The protected regions of one text: math, URLs and e-mail addresses, code spans, placeholders and
/// citations. Checks that look at prose (numbers, brackets, whitespace, markup) skip the first four,
/// so a number inside <c>\(10,000\)</c> is the math check's business, and the 2 of <c>%2$s</c> the
/// placeholder check's, not the number check's.
/// </summary>
public sealed class TextProfile
{
    private IReadOnlyList<TextSpan>? _math;
    private IReadOnlyList<TextSpan>? _urls;
    private IReadOnlyList<TextSpan>? _code;
    private IReadOnlyList<Citation>? _citations;
    private IReadOnlyList<Placeholder>? _placeholders;
    private bool? _isPlain;
    private TextSpan[]? _inert;

    public TextProfile(string text) => Text = text;

    public string Text { get; }

    // Each region is found on first use: a run where no check asks for URLs never scans for them.
    public IReadOnlyList<TextSpan> Math => _math ??= MathScanner.Find(Text);
    public IReadOnlyList<TextSpan> Urls => _urls ??= UrlScanner.Find(Text);
    public IReadOnlyList<TextSpan> Code => _code ??= CodeScanner.Find(Text, Math);
    public IReadOnlyList<Citation> Citations => _citations ??= CitationScanner.Find(Text);
    public IReadOnlyList<Placeholder> Placeholders => _placeholders ??= PlaceholderScanner.Find(Text, Math, Urls);

    /// <summary>True when the text holds only printable ASCII and characters from U+3040 to U+FDFF
    /// (kana, Han, Hangul): no control or format character, no white space but U+0020, no Latin-1,
    /// general or fullwidth punctuation. Three range scans, once per text, answer what several
    /// checks' pre-filters would each scan for (odd spaces, controls, fullwidth brackets).</summary>
    public bool IsPlain => _isPlain ??= Text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0
        && Text.AsSpan().IndexOfAnyInRange('\u007F', '\u303F') < 0 && Text.AsSpan().IndexOfAnyInRange('\uFE00', '\uFFFF') < 0;

    /// <summary>True when the text has math, a URL, a code span or a placeholder at all.</summary>
    public bool HasInert => Inert.Length > 0;

    /// <summary>True when <paramref name="index"/> lies in math, a URL, a code span or a placeholder.</summary>
    public bool IsInert(int index) => Covering(index) >= 0;

    /// <summary>The end of the math, URL, code span or placeholder that <paramref name="index"/> lies
    /// in, or <paramref name="index"/> itself; lets a scan jump over protected text in one step.</summary>
    public int SkipInert(int index)
    {
        var at = Covering(index);
        return at < 0 ? index : _inert![at].End;
    }

    // The protected regions merged into one sorted array of disjoint spans, so a lookup is a binary
    // search and a scan asking at every character stays O(n log k), not O(n k).
    private TextSpan[] Inert => _inert ??= Merge();

    private int Covering(int index) => SortedSpans.IndexCovering(Inert, index);

    private TextSpan[] Merge()
    {
        var all = new List<TextSpan>(Math.Count + Urls.Count + Code.Count + Placeholders.Count);
        all.AddRange(Math);
        all.AddRange(Urls);
        all.AddRange(Code);
        all.AddRange(Placeholders.Select(p => p.Span));
        if (all.Count == 0)
        {
            return [];
        }

        all.Sort((x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<TextSpan>(all.Count) { all[0] };
        foreach (var span in all.Skip(1))
        {
            var last = merged[^1];
            if (span.Start <= last.End)
            {
                merged[^1] = new TextSpan(last.Start, System.Math.Max(last.End, span.End) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }

        return [.. merged];
    }

    /// <summary>The start of the first protected region at or after <paramref name="from"/>, or
    /// <see cref="int.MaxValue"/>.</summary>
    public int NextInertStart(int from)
    {
        var spans = Inert;
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spans[middle].End <= from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low == spans.Length ? int.MaxValue : System.Math.Max(spans[low].Start, from);
    }

    /// <summary>Whether <paramref name="index"/> lies in a citation; citations come in text order,
    /// so this is a binary search.</summary>
    public bool IsInCitation(int index)
    {
        var citations = Citations;
        int low = 0, high = citations.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var span = citations[middle].Span;
            if (index < span.Start)
            {
                high = middle - 1;
            }
            else if (index >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
