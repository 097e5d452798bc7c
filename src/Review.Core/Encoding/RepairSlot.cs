using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// One stretch of the repaired text: a fixed run of characters (one candidate), or a guess among
/// candidates. Only the tokens at a slot's edges meet its neighbours, so that is all the decoder needs.
/// </summary>
internal sealed record RepairSlot(string[] Texts, int[] FirstTokens, int[] LastTokens, bool IsGuess)
{
    public static RepairSlot Fixed(string text)
    {
        var first = Rune.GetRuneAt(text, 0);
        Rune.DecodeLastFromUtf16(text, out var last, out _);
        return new RepairSlot([text], [CharModel.Token(first)], [CharModel.Token(last)], false);
    }

    public static RepairSlot Guess(IReadOnlyList<Rune> candidates)
    {
        var tokens = candidates.Select(CharModel.Token).ToArray();
        return new RepairSlot(candidates.Select(c => c.ToString()).ToArray(), tokens, tokens, true);
    }
}
