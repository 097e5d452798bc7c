namespace Review.Core.Formats;

/// <summary>One thing to import: a file, or the two files of a Moses corpus.</summary>
public sealed record ImportInput(PairFormat Format, IReadOnlyList<string> Paths)
{
    public string DisplayName => string.Join(" + ", Paths);
}
