namespace Review.Core.Checks;

/// <summary>
/// Keyboard accelerators: <c>&amp;File</c>, <c>_File</c>, <c>C_reate</c> and the CJK convention of
/// the marked letter in brackets after the word, <c>파일(&amp;F)</c>, <c>文件(_F)</c>. A doubled
/// marker (<c>&amp;&amp;</c>, <c>__</c>) is a literal, <c>&amp;amp;</c> an entity, and an underscore
/// inside a word part of a name (<c>snake_case</c>, <c>KP_Enter</c>) unless it marks a lower-case
/// letter after a capital (<c>C_reate</c>); an ampersand between capitals is an abbreviation (<c>R&amp;D</c>).
/// </summary>
public static class Accelerators
{
    /// <summary>The accelerators of <paramref name="text"/> marked with <paramref name="marker"/>.</summary>
    public static List<int> Find(string text, char marker)
    {
        var found = new List<int>();
        var at = text.IndexOf(marker);
        while (at >= 0 && at < text.Length - 1)
        {
            var next = text[at + 1];
            var previous = at > 0 ? text[at - 1] : ' ';
            if (next == marker)
            {
                at = text.IndexOf(marker, at + 2);
                continue;
            }

            var named = char.IsLetterOrDigit(next) && previous != marker;
            var entity = marker == '&' && IsEntity(text, at);
            // Inside a word only C_reate's shape is a mnemonic; KP_Enter, LC_ALL and snake_case are names.
            var identifier = marker == '_'
                ? char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(next) && !(char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterLower(next))
                : IsCapitalOrDigit(previous) && IsCapitalOrDigit(next);
            if (named && !entity && !identifier)
            {
                found.Add(at);
            }

            at = text.IndexOf(marker, at + 1);
        }

        return found;
    }

    /// <summary>The source looks like a UI label that can carry one: one line, short.</summary>
    public static bool IsLabel(string text) => text.Length <= 80 && !text.Contains('\n');

    // R&D, AT&T, B&W: an ampersand between capitals is a word of its own.
    private static bool IsCapitalOrDigit(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    private static bool IsEntity(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && end - at <= 8 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '#'))
        {
            end++;
        }

        return end < text.Length && text[end] == ';';
    }
}
