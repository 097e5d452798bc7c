namespace Review.Core.Checks;

/// <summary>
/// Per bracket or quote family, whether a text opens and closes it properly, ignoring math, URLs
/// and code. ASCII and fullwidth forms of a bracket are one family, since translations mix them.
/// </summary>
public static class BracketBalance
{
    public static readonly string[] Families = ["()", "[]", "{}", "【】", "「」", "『』", "《》", "〈〉", "“”", "‘’", "\"\""];

    /// <summary>The first family that is unbalanced, with the offending position, or null.</summary>
    public static (string Family, int Index)? FirstUnbalanced(TextProfile profile, Func<string, bool> familyFilter)
    {
        var text = profile.Text;
        Span<int> depth = stackalloc int[Families.Length];
        Span<int> lastOpen = stackalloc int[Families.Length];
        Span<sbyte> wanted = stackalloc sbyte[Families.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var (family, opens) = Classify(text[i]);
            if (family < 0 || profile.IsInert(i) || (IsCurlyQuote(family) && Windows1252.IsNextToDebris(text, i)) || IsLiteral(text, i, family))
            {
                continue;
            }

            if (family == Families.Length - 1)
            {
                opens = depth[family] == 0;
            }

            if (opens)
            {
                depth[family]++;
                lastOpen[family] = i;
            }
            else if (--depth[family] < 0 && Wanted(family, familyFilter, wanted))
            {
                return (Families[family], i);
            }
        }

        for (var f = 0; f < Families.Length; f++)
        {
            if (depth[f] > 0 && Wanted(f, familyFilter, wanted))
            {
                return (Families[f], lastOpen[f]);
            }
        }

        return null;
    }

    /// <summary>A bracket that is not one: a quoted character (<c>found '{' without matching '}'</c>)
    /// or the Korean label <c>예)</c> ("e.g.") that opens an example line or help column
    /// (<c>(17,284 예)</c>, "17,284 examples", is a bracket). Between two straight quotes
    /// the one before must open a quotation, not close one (<c>'%s'（'%s' …）</c>).</summary>
    private static bool IsLiteral(string text, int i, int family)
    {
        if (family >= 8)
        {
            return false;
        }

        if (i > 0 && i + 1 < text.Length && IsQuotePair(text[i - 1], text[i + 1])
            && (text[i - 1] != text[i + 1] || i == 1 || !char.IsLetterOrDigit(text[i - 2])))
        {
            return true;
        }

        return text[i] == ')' && i > 0 && text[i - 1] == '예' && StartsLine(text, i - 1);
    }

    /// <summary>A line or a help column starts at <paramref name="at"/>: only white space before it
    /// on its line, or a gap of two spaces or a tab (<c>--parents   예) …</c>).</summary>
    private static bool StartsLine(string text, int at) =>
        at == 0 || text[at - 1] is '\n' or '\t' || (text[at - 1] == ' ' && (at == 1 || text[at - 2] is ' ' or '\n'));

    private static bool IsQuotePair(char open, char close) =>
        (open, close) is ('\'', '\'') or ('"', '"') or ('`', '\'') or ('`', '`') or ('‘', '’') or ('“', '”');

    /// <summary>The filter's answer for a family, asked once: it may scan the other text, and a
    /// text of many stray closers asked it at each (quadratic).</summary>
    private static bool Wanted(int family, Func<string, bool> familyFilter, Span<sbyte> wanted)
    {
        if (wanted[family] == 0)
        {
            wanted[family] = familyFilter(Families[family]) ? (sbyte)1 : (sbyte)-1;
        }

        return wanted[family] > 0;
    }

    // Curly quotes are also what UTF-8 bytes 0x93/0x94 become when read as Windows-1252; next to
    // mojibake debris they are the encoding check's business, not quotes (see the skip above).
    private static bool IsCurlyQuote(int family) => family is 8 or 9;

    public static bool IsBalanced(TextProfile profile, string family) =>
        FirstUnbalanced(profile, f => f == family) is null;

    private static (int Family, bool Opens) Classify(char c) => c switch
    {
        '(' or '（' => (0, true),
        ')' or '）' => (0, false),
        '[' or '［' => (1, true),
        ']' or '］' => (1, false),
        '{' or '｛' => (2, true),
        '}' or '｝' => (2, false),
        '【' => (3, true),
        '】' => (3, false),
        '「' => (4, true),
        '」' => (4, false),
        '『' => (5, true),
        '』' => (5, false),
        '《' => (6, true),
        '》' => (6, false),
        '〈' => (7, true),
        '〉' => (7, false),
        '“' => (8, true),
        '”' => (8, false),
        '‘' => (9, true),
        '’' => (9, false),
        '"' => (10, true),
        _ => (-1, false),
    };
}
