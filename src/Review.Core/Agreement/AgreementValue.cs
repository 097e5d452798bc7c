using Review.Core.Pairs;

namespace Review.Core.Agreement;

/// <summary>The value a decision gives a unit of the reliability data: its kind's wire name, or none for a skip.</summary>
public static class AgreementValue
{
    /// <summary>
    /// A skip says the annotator gave no judgement, so it is a missing value, as Krippendorff treats
    /// a coder who did not code a unit; an undo is never current, so it never gets here.
    /// </summary>
    public static string? Of(Decision decision) =>
        decision.Kind is DecisionKind.Skip or DecisionKind.Undo or DecisionKind.Realign ? null : PairNames.Of(decision.Kind);
}
