namespace Review.Core.Formats;

/// <summary>
/// Streams the pairs of one input (one file, or two for Moses). Problems in the input are
/// <see cref="InputException"/>s thrown while enumerating.
/// </summary>
public interface IPairReader : IDisposable
{
    PairFormat Format { get; }

    /// <summary>The file named in messages and generated ids.</summary>
    string FileName { get; }

    /// <summary>Known once the first record has been read (header, keys or file names).</summary>
    LanguagePair Languages { get; }

    /// <summary>Whether the file itself names its languages (a header, keys, attributes, file names), as
    /// opposed to <see cref="Languages"/> falling back to the default; given languages do not count.</summary>
    bool DeclaresLanguages { get; }

    /// <summary>How the texts were found, e.g. which JSON keys; shown to the user.</summary>
    string Description { get; }

    /// <summary>What the target column is called in the input (key, column, file or language); names it in summaries.</summary>
    string TargetName { get; }

    long BytesRead { get; }

    long TotalBytes { get; }

    /// <summary>What the format made of the file beyond its pairs (e.g. fuzzy and obsolete PO entries); read after <see cref="Records"/>.</summary>
    IReadOnlyList<string> Notes => [];

    IEnumerable<PairRecord> Records();
}
