namespace Review.Core.Formats;

/// <summary>What a file's first bytes show: the format they belong to (null when none review reads) and why, for messages.</summary>
public sealed record ContentEvidence(PairFormat? Format, string Evidence)
{
    /// <summary>The XML root element's local name, when the file is XML.</summary>
    public string? Root { get; init; }
}
