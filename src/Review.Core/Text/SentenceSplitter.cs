using System.Globalization;

namespace Review.Core.Text;

/// <summary>
/// Cuts text into sentences for the coarse pass of a diff: after terminal punctuation followed by
/// whitespace, and after every line break. Each sentence keeps its trailing whitespace, so the
/// sentences cover the text exactly, and every cut falls on a grapheme boundary. Chinese and
/// Japanese full stops cut at once, since no space follows them.
/// </summary>
internal static class SentenceSplitter
{
    public static List<TextToken> Split(string text)
    {
        var sentences = new List<TextToken>();
        var start = 0;
        var position = 0;
        var afterTerminal = false;
        var cutPending = false;
        while (position < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(position));
            var grapheme = text.AsSpan(position, length);
            var isSpace = ScriptClassifier.Classify(grapheme) == ScriptClass.Whitespace;
            if (!isSpace && cutPending)
            {
                sentences.Add(new TextToken(start, position - start));
                start = position;
                cutPending = false;
            }
            cutPending |= isSpace ? afterTerminal || grapheme.ContainsAny('\n', '\r') : IsFullwidthTerminal(grapheme);
            afterTerminal = !isSpace && IsTerminal(grapheme);
            position += length;
        }
        if (position > start)
        {
            sentences.Add(new TextToken(start, position - start));
        }
        return sentences;
    }

    private static bool IsTerminal(ReadOnlySpan<char> grapheme) =>
        grapheme.Length == 1 && grapheme[0] is '.' or '!' or '?' or '…';

    private static bool IsFullwidthTerminal(ReadOnlySpan<char> grapheme) =>
        grapheme.Length == 1 && grapheme[0] is '。' or '！' or '？';
}
