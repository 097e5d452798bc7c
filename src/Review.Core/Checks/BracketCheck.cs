using System.Buffers;

namespace Review.Core.Checks;

/// <summary>
/// <c>bracket</c>: a bracket or quote family left unbalanced in the target while the source has it
/// balanced. Curly single quotes are left alone: ’ is also the apostrophe.
/// </summary>
public sealed class BracketCheck : ICheck
{
    public const string CheckId = "bracket";

    private static readonly SearchValues<char> AsciiBrackets = SearchValues.Create("()[]{}\"");

    private static readonly SearchValues<char> WideBrackets = SearchValues.Create("（）［］｛｝【】「」『』《》〈〉“”");

    /// <summary>Whether the target has a bracket or quote worth balancing. A set mixing ASCII with
    /// other characters is searched slowly through Hangul text (about four times slower than these
    /// scans on the synthetic corpus), so the ASCII marks are searched alone, and the wide ones only in a text that is not plain
    /// and has one of their ranges (U+201C..U+201D, U+3008..U+3011, U+FF08..U+FF5D) at all.</summary>
    private static bool MayHaveBracket(TextProfile profile)
    {
        var text = profile.Text.AsSpan();
        if (text.IndexOfAny(AsciiBrackets) >= 0)
        {
            return true;
        }

        var wideRange = !profile.IsPlain && (text.IndexOfAnyInRange('\u201C', '\u201D') >= 0 || text.IndexOfAnyInRange('\u3008', '\u3011') >= 0
            || text.IndexOfAnyInRange('\uFF08', '\uFF5D') >= 0);
        return wideRange && text.IndexOfAny(WideBrackets) >= 0;
    }

    public string Id => CheckId;

    /// <summary>A message that opens or closes a quote another message completes (<c>keywords `</c>,
    /// a lone <c>'</c>): its translation may leave a quote open too.</summary>
    private static bool HasLoneQuote(string source)
    {
        if (source.AsSpan().Count('`') % 2 == 1 || source.AsSpan().Count('"') % 2 == 1)
        {
            return true;
        }

        // An apostrophe inside a word (model's, don't) is not a quote.
        var quotes = 0;
        for (var at = source.IndexOf('\''); at >= 0; at = source.IndexOf('\'', at + 1))
        {
            var inWord = at > 0 && at + 1 < source.Length && char.IsLetter(source[at - 1]) && char.IsLetter(source[at + 1]);
            quotes += inWord ? 0 : 1;
        }

        return quotes % 2 == 1;
    }

    private static bool IsQuote(string family) => family is "\"\"" or "“”" or "「」" or "『』";

    public void Run(CheckInput input, List<Finding> findings)
    {
        if (!MayHaveBracket(input.TargetProfile))
        {
            return;
        }

        var openQuote = HasLoneQuote(input.Source);
        var found = BracketBalance.FirstUnbalanced(input.TargetProfile,
            family => family != "‘’" && !(openQuote && IsQuote(family)) && BracketBalance.IsBalanced(input.SourceProfile, family));
        if (found is not { } hit)
        {
            return;
        }

        var (family, index) = hit;
        var which = input.Target[index];
        findings.Add(new Finding(CheckId, Severity.Warning,
            $"unbalanced {family[0]}{family[1]} in target: {which} has no partner, while the source is balanced",
            [], [Graphemes.Snap(input.Target, index, 1)]));
    }
}
