namespace Review.Core.Pairs;

/// <summary>The wire names of kinds and statuses, as stored, exported and typed on the command line.</summary>
public static class PairNames
{
    public static string Of(DecisionKind kind) => kind switch
    {
        DecisionKind.Accept => "accept",
        DecisionKind.TakeSuggestion => "take-suggestion",
        DecisionKind.Edit => "edit",
        DecisionKind.Reject => "reject",
        DecisionKind.Skip => "skip",
        DecisionKind.Undo => "undo",
        DecisionKind.Realign => "realign",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(PairStatus status) => status switch
    {
        PairStatus.Pending => "pending",
        PairStatus.Accepted => "accepted",
        PairStatus.Fixed => "fixed",
        PairStatus.Edited => "edited",
        PairStatus.Rejected => "rejected",
        PairStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseKind(string name, out DecisionKind kind)
    {
        foreach (var k in Enum.GetValues<DecisionKind>())
        {
            if (Of(k) == name)
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static bool TryParseStatus(string name, out PairStatus status)
    {
        foreach (var s in Enum.GetValues<PairStatus>())
        {
            if (Of(s) == name)
            {
                status = s;
                return true;
            }
        }
        status = default;
        return false;
    }
}
