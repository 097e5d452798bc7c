using System.Buffers;

namespace Review.Core.Checks;

/// <summary>
/// <c>bracket</c>: a bracket or quote family left unbalanced in the target while the source has it
/// balanced. Curly single quotes are left alone: ’ is also the apostrophe.
/// </summary>
public sealed class BracketCheck : ICheck
{
    public const string CheckId = "bracket";

    // Built once: IndexOfAny over a plain string of this many characters builds its lookup on every call.
    private static readonly SearchValues<char> Brackets = SearchValues.Create("()[]{}（）［］【】「」『』《》〈〉“”\"");

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        if (input.Target.AsSpan().IndexOfAny(Brackets) < 0)
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
