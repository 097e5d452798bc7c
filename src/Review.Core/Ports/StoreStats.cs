using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>
/// What is in a database. <see cref="ByAnnotator"/> counts decisions (undos excluded);
/// <see cref="PairsPerHourLastSession"/> is null until someone has decided something.
/// </summary>
public sealed record StoreStats(
    long PairCount,
    IReadOnlyDictionary<PairStatus, long> ByStatus,
    IReadOnlyDictionary<string, long> ByAnnotator,
    IReadOnlyList<ImportInfo> Imports,
    IReadOnlyDictionary<string, long> FindingsByCheck,
    double? PairsPerHourLastSession,
    WorkSpell? LastSession);
