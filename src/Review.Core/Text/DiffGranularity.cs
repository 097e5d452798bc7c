namespace Review.Core.Text;

/// <summary>How finely a diff cuts text into comparable tokens.</summary>
public enum DiffGranularity
{
    /// <summary>Per script: Hangul, CJK ideographs and kana by character; spaced scripts by word.</summary>
    Automatic,

    /// <summary>Every grapheme is a token, whatever the script.</summary>
    Character,

    /// <summary>Runs of letters and digits are tokens, whatever the script; Hangul words too.</summary>
    Word,
}
