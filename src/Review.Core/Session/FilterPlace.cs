namespace Review.Core.Session;

/// <summary>
/// Where the pair on screen stands within the filter: <see cref="Index"/> is its 1-based place
/// among the matching pairs when <see cref="Matches"/>, otherwise how many matching pairs come
/// before it; <see cref="Total"/> is how many pairs match in all.
/// </summary>
public sealed record FilterPlace(long Index, long Total, bool Matches);
