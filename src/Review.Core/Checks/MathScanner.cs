using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>Finds inline and display math: <c>\( … \)</c>, <c>\[ … \]</c>, <c>$$ … $$</c> and <c>$ … $</c>.</summary>
public static partial class MathScanner
{
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (text.AsSpan().IndexOfAny('\\', '$') < 0)
        {
            return [];
        }

        List<TextSpan>? spans = null;
        foreach (var match in MathPattern().EnumerateMatches(text))
        {
            (spans ??= []).Add(new TextSpan(match.Index, match.Length));
        }

        return spans is null ? [] : spans;
    }

    // A single-dollar span must hug its content and not be followed by a digit, so prices such as
    // "$5 and $10" are not math.
    // An opening "\(" after another backslash is "\\" (a TeX line break) plus a parenthesis.
    [GeneratedRegex(@"(?<!\\)\\\(.*?\\\)|(?<!\\)\\\[.*?\\\]|\$\$.+?\$\$|(?<![\\$A-Za-z0-9])\$(?=[^\s$])[^$\n]*?(?<=[^\s\\])\$(?!\d)", RegexOptions.Singleline)]
    private static partial Regex MathPattern();
}
