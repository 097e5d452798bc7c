using System.Buffers;
using System.Globalization;
using Review.Core.Checks;

namespace Review.Core.Text;

/// <summary>
/// Cuts text into sentences: for the aligner, and for the coarse pass of a diff. The one splitter of
/// the house. Each sentence keeps its trailing white space, so the sentences cover the text exactly,
/// and every cut falls on a grapheme boundary.
/// <list type="bullet">
/// <item><c>。！？</c> end a sentence at once (no space follows them); a line break always does.</item>
/// <item><c>. ! ? …</c> (with closing quotes or brackets after them) end one when white space and then
/// a capital or a Hangul, Han or kana character follow; a Korean ending (a Hangul syllable before
/// the mark) ends one whatever follows.</item>
/// <item>No cut after an abbreviation (<see cref="Abbreviations"/>), inside a number (<c>3.5</c>,
/// <c>v1.2</c>: no space follows), or inside math, a URL, code or a citation.</item>
/// </list>
/// Only the candidate marks are looked at, so a long text costs a vectorized scan.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Ends = SearchValues.Create(".!?…。！？．\n\r");
    private static readonly SearchValues<char> MayHideSpans = SearchValues.Create("[($\\`/@");

    public static List<TextToken> Split(string text) => Split(text, null);

    /// <summary>As <see cref="Split(string)"/>, reusing a profile whose protected spans are already known.</summary>
    public static List<TextToken> Split(string text, TextProfile? profile)
    {
        var sentences = new List<TextToken>();
        var cutter = new Cutter(text, profile);
        var start = 0;
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(Ends);
            if (found < 0)
            {
                break;
            }
            var end = position + found;
            var cut = cutter.CutAfter(end);
            if (cut > start && cut < text.Length && IsBoundary(text, cut))
            {
                sentences.Add(new TextToken(start, cut - start));
                start = cut;
            }
            position = Math.Max(end + 1, cut);
        }
        if (text.Length > start)
        {
            sentences.Add(new TextToken(start, text.Length - start));
        }
        return sentences;
    }

    // A mark that extends the previous character (a combining accent after a full stop or a
    // space) would be split from it; such a spot is no cut.
    private static bool IsBoundary(string text, int cut) =>
        StringInfo.GetNextTextElementLength(text.AsSpan(cut - 1)) == 1;

    private struct Cutter(string text, TextProfile? profile)
    {
        private TextProfile? _profile = profile;
        private readonly bool _mayHideSpans = text.AsSpan().IndexOfAny(MayHideSpans) >= 0;

        /// <summary>Where a sentence ending at <paramref name="end"/> would be cut, or -1 if the mark ends none.</summary>
        public int CutAfter(int end)
        {
            var mark = text[end];
            if (mark is '\n' or '\r')
            {
                return SkipSpace(end + 1);
            }
            var next = SkipClosers(SkipMarks(end + 1));
            if (mark is '。' or '！' or '？')
            {
                return SkipSpace(next);
            }
            if (next >= text.Length || !char.IsWhiteSpace(text[next]))
            {
                return -1;
            }
            var after = SkipSpace(next);
            var ends = after >= text.Length || (end > 0 && Scripts.Of(text[end - 1]) == Script.Hangul)
                || (!(mark is '.' or '．' && (Abbreviations.Contains(WordBefore(end)) || IsListMarker(end))) && StartsSentence(after));
            // The protected spans cost a few regex scans, so they are asked about last, for a cut that is otherwise sure.
            return ends && !IsProtected(end) ? after : -1;
        }

        private bool IsProtected(int index)
        {
            if (!_mayHideSpans)
            {
                return false;
            }
            _profile ??= new TextProfile(text);
            return _profile.IsInert(index) || _profile.IsInCitation(index);
        }

        /// <summary>True for the <c>2.</c> of <c>… systems. 2. We build …</c>: a short number alone at the start of
        /// the text, of a line, or after a sentence end, which numbers the sentence that follows.</summary>
        private readonly bool IsListMarker(int end)
        {
            var word = WordBefore(end);
            if (word.Length == 0 || word.Length > 3 || word.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            var before = end - word.Length - 1;
            while (before >= 0 && text[before] is ' ' or '\t')
            {
                before--;
            }
            return before < 0 || text[before] is '\n' or '.' or '!' or '?' or ':' or '。' or '！' or '？';
        }

        /// <summary>True when a sentence may start at <paramref name="at"/>: a capital, a Hangul, Han or kana
        /// character, or a list number (<c>2. </c>), after any opening quotes, brackets, emphasis and bullets.</summary>
        private readonly bool StartsSentence(int at)
        {
            while (at < text.Length && (text[at] is '"' or '\'' or '“' or '‘' or '(' or '「' or '『' or '*' or '_' or '•' or '-' or '–'
                || (at > 0 && text[at] == ' ' && text[at - 1] is '*' or '•' or '-' or '–')))
            {
                at++;
            }
            if (at >= text.Length)
            {
                return false;
            }
            var c = text[at];
            return char.IsUpper(c) || Scripts.Of(c) is Script.Hangul or Script.Han or Script.Kana || IsListNumber(at);
        }

        private readonly bool IsListNumber(int at)
        {
            var end = at;
            while (end < text.Length && end - at <= 3 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            return end > at && end - at <= 3 && end + 1 < text.Length && text[end] == '.' && text[end + 1] == ' ';
        }

        /// <summary>The word before the mark at <paramref name="end"/>, without opening brackets or quotes.</summary>
        private readonly ReadOnlySpan<char> WordBefore(int end)
        {
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '"' or '“' or '\''))
            {
                start--;
            }
            return text.AsSpan(start, end - start);
        }

        private readonly int SkipMarks(int at)
        {
            while (at < text.Length && text[at] is '.' or '!' or '?' or '…' or '。' or '！' or '？')
            {
                at++;
            }
            return at;
        }

        private readonly int SkipClosers(int at)
        {
            while (at < text.Length && text[at] is ')' or ']' or '"' or '\'' or '”' or '’' or '」' or '』' or '）' or '*' or '_')
            {
                at++;
            }
            return at;
        }

        private readonly int SkipSpace(int at)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            return at;
        }
    }
}
