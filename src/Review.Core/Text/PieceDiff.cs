using DiffPlex;
using DiffPlex.Model;

namespace Review.Core.Text;

/// <summary>Runs DiffPlex over token texts we cut ourselves, through its custom chunker.</summary>
internal static class PieceDiff
{
    // DiffPlex hands each side's text back to the chunker; two distinct stand-ins tell them apart
    // without copying the spans we diff, which live inside larger strings.
    private const string OldSide = "old";
    private const string NewSide = "new";

    private static readonly Differ Differ = new();

    public static IList<DiffBlock> Blocks(string[] oldPieces, string[] newPieces)
    {
        var result = Differ.CreateCustomDiffs(
            OldSide,
            NewSide,
            ignoreWhiteSpace: false,
            ignoreCase: false,
            side => ReferenceEquals(side, OldSide) ? oldPieces : newPieces);
        return result.DiffBlocks;
    }
}
