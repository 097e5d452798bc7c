namespace Review.Core.Checks;

/// <summary>The punctuation a message ends with, as the end-punctuation check compares it.</summary>
public enum EndMark
{
    None,
    Colon,
    Ellipsis,
    FullStop,
    Question,
    Exclamation,
}
