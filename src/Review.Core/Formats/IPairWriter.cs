namespace Review.Core.Formats;

/// <summary>Writes exported rows to already-open text writers; the exporter owns the files.</summary>
public interface IPairWriter
{
    void Write(ExportRow row);

    /// <summary>Writes what follows the last row (e.g. the TMX closing tags).</summary>
    void Finish();

    /// <summary>Notes for the summary, such as characters XML 1.0 forbids or escaped newlines; empty when nothing was changed.</summary>
    IReadOnlyList<string> Notes { get; }
}
