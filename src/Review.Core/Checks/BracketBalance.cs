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
            if (family < 0 || profile.IsInert(i) || (IsCurlyQuote(family) && Windows1252.IsNextToDebris(text, i)))
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
