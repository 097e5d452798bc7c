namespace Review.Core.Align;

/// <summary>
/// The <see cref="Evidence"/> of each kind of cue the aligner weighs besides length: anchors
/// (<see cref="AnchorExtractor"/>), source words the lexicon knows, and target tokens that translate
/// some lexicon word (<see cref="TranslationLexicon"/>). Measured on the corpus by <see cref="AlignerTraining"/>.
/// </summary>
public sealed record CueEvidence(Evidence Anchor, Evidence SourceWord, Evidence TargetToken)
{
    /// <summary>Before anything is measured: an anchor found across is four times likelier in a
    /// translation than in a neighbour (q 0.8, r 0.2); no lexicon yet.</summary>
    public static readonly CueEvidence Default = new(new(0.8, 0.2), new(0.5, 0.5), new(0.5, 0.5));
}
