using Review.Core.Checks;

namespace Review.Core.Formats;

/// <summary>
/// A pair on its way into the store. When <see cref="RepairedTarget"/> is set, the stored Target is
/// the repaired text and OriginalTarget keeps <see cref="PairRecord.Target"/> exactly as it came in.
/// </summary>
public sealed record NewPair(
    PairRecord Record,
    string? RepairedTarget = null,
    string? RepairJson = null,
    IReadOnlyList<Finding>? Findings = null);
