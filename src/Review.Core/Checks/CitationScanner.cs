using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>Finds bracketed numeric citations (<c>[82, 26]</c>, <c>[3–5]</c>) and author-year
/// citations, parenthetical (<c>(Albalak et al., 2023; Wang, 2021a)</c>) or narrative
/// (<c>Brown et al. (2020)</c>).</summary>
public static partial class CitationScanner
{
    public static IReadOnlyList<Citation> Find(string text)
    {
        var hasBracket = text.Contains('[');
        var hasParen = text.Contains('(');
        if (!hasBracket && !hasParen)
        {
            return [];
        }

        List<Citation>? citations = null;
        if (hasBracket)
        {
            foreach (var match in NumericPattern().EnumerateMatches(text))
            {
                (citations ??= []).Add(new Citation(new TextSpan(match.Index, match.Length), true, NumericKeys(text.Substring(match.Index, match.Length))));
            }
        }

        if (hasParen)
        {
            foreach (var match in AuthorYearPattern().EnumerateMatches(text))
            {
                (citations ??= []).Add(new Citation(new TextSpan(match.Index, match.Length), false, AuthorYearKeys(text.Substring(match.Index, match.Length))));
            }
        }

        return citations is null ? [] : citations;
    }

    /// <summary>The digits of a text in order, so <c>[82, 26]</c> and a mangled <c>【82 26】</c> compare equal.</summary>
    public static string DigitsOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 256)];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && count < buffer.Length)
            {
                buffer[count++] = c;
            }
            else if (count > 0 && buffer[count - 1] != ' ' && count < buffer.Length)
            {
                buffer[count++] = ' ';
            }
        }

        return buffer[..count].ToString().Trim();
    }

    /// <summary><c>[82, 26]</c> gives 82 and 26; <c>[3 – 5]</c> gives the one key 3-5.</summary>
    private static List<string> NumericKeys(string citation)
    {
        var keys = new List<string>(2);
        foreach (var part in citation.AsSpan(1, citation.Length - 2).ToString().Split([',', ';']))
        {
            keys.Add(string.Join('-', part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries)).Trim());
        }

        return keys;
    }

    private static List<string> AuthorYearKeys(string citation)
    {
        var keys = new List<string>();
        foreach (Match part in AuthorYearPart().Matches(citation))
        {
            keys.Add($"{part.Groups["name"].Value} {part.Groups["year"].Value}");
        }

        return keys;
    }

    [GeneratedRegex(@"\[\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*\s*\]")]
    private static partial Regex NumericPattern();

    // "등" and "외" are how Korean translations render "et al.".
    private const string Name = @"\p{Lu}[\p{L}'’\-]+(?:\s(?:et\sal\.?|등|외|and\s\p{Lu}[\p{L}'’\-]+|&\s\p{Lu}[\p{L}'’\-]+))?";

    // A narrative citation starts at the start of a name: without the look-behind every capital of
    // a long run of capitals started one, each reading to the end of the run (quadratic).
    [GeneratedRegex(@"\((?:(?:see|e\.g\.,?|cf\.)\s)?" + Name + @",?\s(?:19|20)\d\d[a-z]?(?:\s*[;,]\s*" + Name + @",?\s(?:19|20)\d\d[a-z]?)*\)|(?<![\p{L}'’\-])" + Name + @"\s?\((?:19|20)\d\d[a-z]?\)")]
    private static partial Regex AuthorYearPattern();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’\-]+)(?:\s(?:et\sal\.?|등|외|and\s\p{Lu}[\p{L}'’\-]+|&\s\p{Lu}[\p{L}'’\-]+))?,?\s?\(?(?<year>(?:19|20)\d\d[a-z]?)")]
    private static partial Regex AuthorYearPart();
}
