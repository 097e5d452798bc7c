namespace Review.Core.Text;

/// <summary>A token of a text: a UTF-16 range that starts and ends on grapheme boundaries.</summary>
public readonly record struct TextToken(int Start, int Length)
{
    public int End => Start + Length;
}
