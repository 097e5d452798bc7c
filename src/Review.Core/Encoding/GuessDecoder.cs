namespace Review.Core.Encodings;

/// <summary>
/// Chooses every guess of a text jointly (Viterbi over the bigram scorer), so neighbouring guesses
/// agree with each other, then ranks each guess's candidates given the chosen neighbours.
/// </summary>
internal static class GuessDecoder
{
    private const int Boundary = ' ';

    public static int[] Choose(IReadOnlyList<RepairSlot> slots, CharScorer scorer)
    {
        var backPointers = new int[slots.Count][];
        double[] best = [0];
        int[] previousTokens = [Boundary];
        var previousFixed = true;
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var scores = new double[slot.FirstTokens.Length];
            backPointers[i] = new int[slot.FirstTokens.Length];
            for (var c = 0; c < slot.FirstTokens.Length; c++)
            {
                if (previousFixed && !slot.IsGuess)
                {
                    scores[c] = best[0];
                    continue;
                }

                (scores[c], backPointers[i][c]) = BestPredecessor(best, previousTokens, slot.FirstTokens[c], scorer);
            }

            best = scores;
            previousTokens = slot.LastTokens;
            previousFixed = !slot.IsGuess;
        }

        return Backtrack(slots, backPointers, best, previousTokens, previousFixed, scorer);
    }

    /// <summary>Candidate indexes of one guess, best first, and the <paramref name="chosen"/> candidate's share of the probability.</summary>
    public static (int[] Ranked, double Confidence) Rank(RepairSlot slot, int chosen, int previousToken, int nextToken, CharScorer scorer)
    {
        var tokens = slot.FirstTokens;
        var scores = new double[tokens.Length];
        var ranked = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            scores[i] = -(scorer.LogProbability(previousToken, tokens[i]) + scorer.LogProbability(tokens[i], nextToken));
            ranked[i] = i;
        }

        Array.Sort((double[])scores.Clone(), ranked);
        var total = 0.0;
        foreach (var score in scores)
        {
            total += Math.Exp(scores[chosen] - score);
        }

        return (ranked, 1 / total);
    }

    private static (double Score, int From) BestPredecessor(double[] best, int[] previousTokens, int token, CharScorer scorer)
    {
        var score = double.NegativeInfinity;
        var from = 0;
        for (var p = 0; p < best.Length; p++)
        {
            var candidate = best[p] + scorer.LogProbability(previousTokens[p], token);
            if (candidate > score)
            {
                (score, from) = (candidate, p);
            }
        }

        return (score, from);
    }

    private static int[] Backtrack(IReadOnlyList<RepairSlot> slots, int[][] backPointers, double[] best, int[] lastTokens, bool lastFixed, CharScorer scorer)
    {
        var chosen = new int[slots.Count];
        if (slots.Count == 0)
        {
            return chosen;
        }

        var end = 0;
        if (!lastFixed)
        {
            end = Enumerable.Range(0, best.Length)
                .MaxBy(c => best[c] + scorer.LogProbability(lastTokens[c], Boundary));
        }

        for (var i = slots.Count - 1; i >= 0; i--)
        {
            chosen[i] = end;
            end = backPointers[i][end];
        }

        return chosen;
    }
}
