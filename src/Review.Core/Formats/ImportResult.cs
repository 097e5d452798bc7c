namespace Review.Core.Formats;

/// <summary>
/// What one input's import did. <see cref="Read"/> = <see cref="Imported"/> + the sum of
/// <see cref="Skipped"/> (reason -> count). <see cref="AlreadyImported"/> means the same bytes were
/// imported before and nothing was read.
/// </summary>
public sealed record ImportResult(
    ImportInput Input,
    string Description,
    LanguagePair Languages,
    bool AlreadyImported,
    long Read,
    long Imported,
    IReadOnlyDictionary<string, long> Skipped,
    IReadOnlyList<string> SkippedExamples)
{
    public long SkippedTotal => Skipped.Values.Sum();

    /// <summary>What the encoding repair did to the target column, or null when it had nothing to do.</summary>
    public string? RepairReport { get; init; }

    /// <summary>What the checks learned from the first chunk (kind of text, accelerator marker), or
    /// null when the checks did not run.</summary>
    public Checks.CorpusProfile? CheckProfile { get; init; }

    /// <summary>How many decisions a file of review's own export brought back, or null for any other input.</summary>
    public string? RestoreReport { get; init; }

    /// <summary>Paragraph pairs whose source and target have different numbers of sentences.</summary>
    public long SentenceCountsDiffer { get; init; }

    /// <summary>True when the pairs were split into aligned sentence groups (<c>--align sentences</c>).</summary>
    public bool AlignedSentences { get; init; }
    /// <summary>What the reader noted about the file, e.g. fuzzy and obsolete PO entries.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
