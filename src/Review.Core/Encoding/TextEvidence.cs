namespace Review.Core.Encodings;

/// <summary>
/// How well one code page explains a text as misread UTF-8: sequences that decode whole, sequences
/// a dropped byte would complete, bytes nothing explains, and non-ASCII characters it cannot produce.
/// </summary>
internal sealed record TextEvidence(CodePage Page, int Complete, int Repairable, int Broken, int Foreign, bool Lossless)
{
    /// <summary>A stray symbol may break a sequence; more than one in twenty says this is not mojibake.</summary>
    public bool IsGarbled => Complete >= 1 && Broken * 20 <= Complete + Repairable && Foreign <= 2 * (Complete + Repairable);

    public double Score => Complete + (0.5 * Repairable) - (4.0 * Broken) - (0.5 * Foreign);
}
