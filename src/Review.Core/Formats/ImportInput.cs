namespace Review.Core.Formats;

/// <summary>One thing to import: a file, or the two files of a Moses corpus.</summary>
public sealed record ImportInput(PairFormat Format, IReadOnlyList<string> Paths)
{
    public string DisplayName => string.Join(" + ", Paths);

    /// <summary>An id for a record that has none, stable across re-imports of the file: its name
    /// without extension and the line (or TU) number.</summary>
    public string GeneratedId(long line) =>
        $"{Path.GetFileNameWithoutExtension(Paths[0])}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
