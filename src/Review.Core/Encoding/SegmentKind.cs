namespace Review.Core.Encodings;

internal enum SegmentKind
{
    /// <summary>ASCII, or a character the code page cannot produce: kept as it is.</summary>
    Literal,

    /// <summary>A complete, well-formed UTF-8 sequence.</summary>
    Complete,

    /// <summary>Part of a UTF-8 sequence: a lead with too few continuation bytes, or continuation bytes without a lead.</summary>
    Incomplete,
}
