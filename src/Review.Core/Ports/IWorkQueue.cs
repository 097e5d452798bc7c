using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// The work queue a team shares: who gets which pair next, how many independent decisions a pair
/// asks for (overlap), which slice of the corpus is whose, and who is working now. Every lease is
/// on the store's clock, as in <see cref="IClaims"/>.
/// </summary>
public interface IWorkQueue
{
    /// <summary>How many different annotators must decide each pair (1 unless set).</summary>
    int Overlap();

    /// <summary>
    /// Sets the overlap. Changing it once any decision is recorded is an <see cref="InvalidOperationException"/>:
    /// the decisions already made were made under the old rule.
    /// </summary>
    void SetOverlap(int decisionsPerPair);

    /// <summary>
    /// Hands the annotator their next pair and claims it, in one write transaction. The pair is
    /// pending, held by no one else and, under overlap, never decided by this annotator before.
    /// Under overlap, pairs that other annotators have started come first; then the annotator's
    /// slice after <paramref name="afterOrd"/> (wrapping); then any pair after it (wrapping).
    /// Null when nothing is left for them.
    /// </summary>
    Pair? ClaimNextFor(long afterOrd, string annotator, TimeSpan lease);

    /// <summary>
    /// Extends the annotator's lease on the pair they hold, or takes it again if it lapsed and is
    /// free; false when someone else holds it now.
    /// </summary>
    bool RenewClaim(PairId pair, string annotator, TimeSpan lease);

    /// <summary>How many other annotators hold a live lease now: colleagues at work.</summary>
    int Colleagues(string annotator);

    /// <summary>
    /// Splits the corpus into one slice per annotator, replacing any earlier split:
    /// round-robin deals pair 1 to the first annotator, pair 2 to the second, and so on;
    /// blocks gives each annotator one run of consecutive pairs of nearly equal size.
    /// Returns how many pairs each annotator got.
    /// </summary>
    IReadOnlyDictionary<string, long> Assign(IReadOnlyList<string> annotators, SliceMethod by);
}
