using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// One change of alignment over two neighbouring pairs (<see cref="First"/> comes right before
/// <see cref="Second"/> in corpus order): their texts before, as the annotator saw them, and after.
/// A store writes it only while both pairs still hold <see cref="FirstBefore"/> and <see cref="SecondBefore"/>.
/// </summary>
public sealed record AlignmentChange(
    AlignmentOperation Operation,
    PairId First,
    PairId Second,
    AlignedTexts FirstBefore,
    AlignedTexts SecondBefore,
    AlignedTexts FirstAfter,
    AlignedTexts SecondAfter);
