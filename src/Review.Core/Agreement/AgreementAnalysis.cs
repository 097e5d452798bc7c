using Review.Core.Pairs;

namespace Review.Core.Agreement;

/// <summary>
/// Computes the agreement report from a team's decision history in one pass, pair by pair:
/// memory holds one pair's decisions and the per-annotator-pair tallies, never the corpus.
/// Adjudications are the adjudicator's final word, not a judgement, so they count in no figure.
/// </summary>
public static class AgreementAnalysis
{
    public static AgreementReport Of(IEnumerable<Decision> historyInCorpusOrder)
    {
        var alpha = new KrippendorffAlpha();
        var kappas = new Dictionary<(string, string), CohenKappa>();
        var similarities = new Dictionary<(string, string), SimilaritySummary>();
        var annotators = new SortedSet<string>(StringComparer.Ordinal);
        var edits = SimilaritySummary.None;
        long decided = 0, shared = 0, disagreements = 0, adjudicated = 0;
        foreach (var pair in CurrentDecisions.ByPair(historyInCorpusOrder))
        {
            var judged = pair.Annotations.Where(d => AgreementValue.Of(d) is not null).ToList();
            if (pair.Annotations.Count > 0)
            {
                decided++;
            }
            annotators.UnionWith(pair.Annotations.Select(d => d.Annotator));
            alpha.AddUnit(judged.Select(d => AgreementValue.Of(d)!).ToList());
            if (judged.Count >= 2)
            {
                shared++;
            }
            if (pair.Disagree)
            {
                disagreements++;
                adjudicated += pair.Adjudication is null ? 0 : 1;
            }
            // Annotations are ordered by name, so (a, b) with i < j is always the same way round.
            for (var i = 0; i < judged.Count; i++)
            {
                for (var j = i + 1; j < judged.Count; j++)
                {
                    var (a, b) = (judged[i], judged[j]);
                    var key = (a.Annotator, b.Annotator);
                    if (!kappas.TryGetValue(key, out var kappa))
                    {
                        kappas[key] = kappa = new CohenKappa();
                    }
                    kappa.Add(AgreementValue.Of(a)!, AgreementValue.Of(b)!);
                    if (a.Kind == DecisionKind.Edit && b.Kind == DecisionKind.Edit)
                    {
                        var similarity = EditSimilarity.Of(a.FinalTarget ?? "", b.FinalTarget ?? "");
                        similarities[key] = similarities.GetValueOrDefault(key, SimilaritySummary.None).With(similarity);
                        edits = edits.With(similarity);
                    }
                }
            }
        }
        var pairs = kappas.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).Select(p => new AnnotatorPairAgreement(p.Key.Item1, p.Key.Item2, p.Value.Result(),
            similarities.GetValueOrDefault(p.Key, SimilaritySummary.None))).ToList();
        return new AgreementReport([.. annotators], decided, shared, disagreements, adjudicated, alpha.Result(), pairs, edits);
    }
}
