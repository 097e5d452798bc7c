namespace Review.Core.Formats;

/// <summary>What an import does with an id that is already in the file or the database.</summary>
public enum DuplicatePolicy
{
    /// <summary>Fail the whole file, listing the first few duplicates.</summary>
    Error,

    /// <summary>Keep the first pair with that id, skip the others, and count them.</summary>
    Skip,
}
