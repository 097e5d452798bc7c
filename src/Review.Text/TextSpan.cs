namespace Review.Text;

/// <summary>A range of a text in UTF-16 code units; both ends fall on grapheme boundaries.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
