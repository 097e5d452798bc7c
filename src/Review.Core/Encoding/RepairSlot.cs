namespace Review.Core.Encoding;

/// <summary>
/// One position of the repaired text: a fixed piece (one candidate) or a guess among candidates,
/// each with the model token that stands for it.
/// </summary>
internal sealed record RepairSlot(string[] Texts, int[] Tokens, bool IsGuess)
{
    public static RepairSlot Fixed(string text, int token) => new([text], [token], false);
}
