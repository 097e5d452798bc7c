namespace Review.Core.Pairs;

/// <summary>The changes of alignment the review screen makes, each on a pair and its neighbour.</summary>
public enum AlignmentOperation
{
    /// <summary>The pair takes the next pair's source and target after its own; the next pair is left empty.</summary>
    Merge,

    /// <summary>The pair is cut in two: what follows each cut goes to the front of the next pair.</summary>
    Split,

    /// <summary>The pair's target goes to the front of the next pair's target.</summary>
    ShiftDown,

    /// <summary>The pair's target goes to the end of the previous pair's target.</summary>
    ShiftUp,
}
