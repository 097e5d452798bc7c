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

    public void Run(CheckInput input, List<Finding> findings)
    {
        if (!MayHaveBracket(input.TargetProfile))
        {
            return;
        }

        var found = BracketBalance.FirstUnbalanced(input.TargetProfile,
            family => family != "‘’" && BracketBalance.IsBalanced(input.SourceProfile, family));
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
