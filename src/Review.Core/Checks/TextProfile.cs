namespace Review.Core.Checks;

/// <summary>
/// The protected regions of one text: math, URLs and e-mail addresses, code spans, and citations.
/// Checks that look at prose (numbers, brackets, whitespace, markup) skip the first three, so a
/// number inside <c>\(10,000\)</c> is the math check's business, not the number check's.
/// </summary>
public sealed class TextProfile
{
    private IReadOnlyList<TextSpan>? math;
    private IReadOnlyList<TextSpan>? urls;
    private IReadOnlyList<TextSpan>? code;
    private IReadOnlyList<Citation>? citations;
    private bool? isPlain;

    public TextProfile(string text) => Text = text;

    public string Text { get; }

    // Each region is found on first use: a run where no check asks for URLs never scans for them.
    public IReadOnlyList<TextSpan> Math => math ??= MathScanner.Find(Text);
    public IReadOnlyList<TextSpan> Urls => urls ??= UrlScanner.Find(Text);
    public IReadOnlyList<TextSpan> Code => code ??= CodeScanner.Find(Text, Math);
    public IReadOnlyList<Citation> Citations => citations ??= CitationScanner.Find(Text);

    /// <summary>True when the text holds only printable ASCII and characters from U+3040 to U+FDFF
    /// (kana, Han, Hangul): no control or format character, no white space but U+0020, no Latin-1,
    /// general or fullwidth punctuation. Three range scans, once per text, answer what several
    /// checks' pre-filters would each scan for (odd spaces, controls, fullwidth brackets).</summary>
    public bool IsPlain => isPlain ??= Text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0
        && Text.AsSpan().IndexOfAnyInRange('\u007F', '\u303F') < 0 && Text.AsSpan().IndexOfAnyInRange('\uFE00', '\uFFFF') < 0;

    /// <summary>True when the text has math, a URL or a code span at all.</summary>
    public bool HasInert => Math.Count + Urls.Count + Code.Count > 0;

    /// <summary>True when <paramref name="index"/> lies in math, a URL or a code span.</summary>
    public bool IsInert(int index) => HasInert && (Contains(Math, index) || Contains(Urls, index) || Contains(Code, index));

    /// <summary>The end of the math, URL or code span that <paramref name="index"/> lies in, or
    /// <paramref name="index"/> itself; lets a scan jump over protected text in one step.</summary>
    public int SkipInert(int index)
    {
        if (!HasInert)
        {
            return index;
        }

        var end = index;
        foreach (var spans in (ReadOnlySpan<IReadOnlyList<TextSpan>>)[Math, Urls, Code])
        {
            foreach (var span in spans)
            {
                if (end >= span.Start && end < span.End)
                {
                    end = span.End;
                }
            }
        }

        return end;
    }

    public bool IsInCitation(int index)
    {
        foreach (var citation in Citations)
        {
            if (index >= citation.Span.Start && index < citation.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<TextSpan> spans, int index)
    {
        foreach (var span in spans)
        {
            if (index >= span.Start && index < span.End)
            {
                return true;
            }
        }

        return false;
    }
}
