namespace Review.Core.Pairs;

/// <summary>
/// In what capacity a decision was made. An annotation is one annotator's judgement, and counts
/// towards agreement; an adjudication settles a pair the annotators disagreed on and is its final word.
/// </summary>
public enum DecisionRole
{
    Annotation,
    Adjudication,
}
