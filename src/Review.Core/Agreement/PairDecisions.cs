using Review.Core.Pairs;

namespace Review.Core.Agreement;

/// <summary>
/// Where a pair stands in a team: each annotator's current decision (one per annotator, ordered
/// by name) and the adjudicator's current final word, if any.
/// </summary>
public sealed record PairDecisions(PairId Pair, IReadOnlyList<Decision> Annotations, Decision? Adjudication)
{
    /// <summary>
    /// The annotators disagree when at least two of them judged the pair (a skip is no judgement)
    /// and they chose different kinds, or edits with different texts.
    /// </summary>
    public bool Disagree
    {
        get
        {
            var judged = Annotations.Where(d => AgreementValue.Of(d) is not null).ToList();
            return judged.Count >= 2 && judged.Skip(1).Any(d => !SameJudgement(judged[0], d));
        }
    }

    private static bool SameJudgement(Decision a, Decision b) =>
        a.Kind == b.Kind && (a.Kind != DecisionKind.Edit || string.Equals(a.FinalTarget, b.FinalTarget, StringComparison.Ordinal));
}
