using Review.Core.Pairs;

namespace Review.Cli.Commands;

/// <summary>Parses <c>--status accepted,fixed,edited</c>.</summary>
internal static class StatusList
{
    /// <summary>The set, or null with <paramref name="problem"/> set for an unknown name.</summary>
    public static HashSet<PairStatus>? Parse(string text, out string? problem)
    {
        problem = null;
        var statuses = new HashSet<PairStatus>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!PairNames.TryParseStatus(name, out var status))
            {
                var known = string.Join(", ", Enum.GetValues<PairStatus>().Select(PairNames.Of));
                problem = $"--status: unknown status \"{name}\" (one of {known})";
                return null;
            }
            statuses.Add(status);
        }
        return statuses;
    }
}
