using Review.Core.Checks;
using Review.Core.Formats;

namespace Review.Core.Storage;

/// <summary>
/// A pair on its way into the store. When <see cref="RepairedTarget"/> is set, the stored Target is
/// the repaired text and OriginalTarget keeps <see cref="PairRecord.Target"/> exactly as it came in.
/// </summary>
public sealed record NewPair(
    PairRecord Record,
    string? RepairedTarget = null,
    string? RepairJson = null,
    IReadOnlyList<Finding>? Findings = null);
