namespace Review.Core.Ports;

/// <summary>Where imported files go, each all or nothing, and the record of what was imported.</summary>
public interface IImportSink
{
    /// <summary>
    /// Starts the all-or-nothing import of one file: disposing the batch uncommitted leaves the
    /// store exactly as it was. The content hash may be left null here and given to
    /// <see cref="IImportBatch.Commit"/>, so that hashing a large file can overlap with importing it.
    /// </summary>
    IImportBatch BeginImport(string fileName, string? contentHash, string format, string sourceLang, string targetLang);

    /// <summary>The earlier import of exactly these bytes, if any: importing them again is a no-op.</summary>
    ImportInfo? FindImport(string contentHash);

    IReadOnlyList<ImportInfo> Imports();

    /// <summary>
    /// Starts copying a whole corpus into this store, all or nothing (see <see cref="ICorpusRestore"/>);
    /// a store that already holds pairs is a <see cref="StoreException"/>.
    /// </summary>
    ICorpusRestore BeginRestore();
}
