namespace Review.Core.Formats;

/// <summary>Running counts of one import.</summary>
internal sealed class ImportTally
{
    public long Read { get; set; }

    public long Imported { get; set; }

    public long Duplicates { get; set; }

    /// <summary>Decisions restored from a file of review's own export.</summary>
    public long Decisions { get; set; }

    public long? FirstDuplicateLine { get; set; }

    public List<string> Examples { get; } = [];

    public Dictionary<string, long> SkippedByReason(string duplicateReason) =>
        Duplicates == 0 ? [] : new Dictionary<string, long> { [duplicateReason] = Duplicates };
}
