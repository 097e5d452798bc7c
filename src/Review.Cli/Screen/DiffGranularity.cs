namespace Review.Cli.Screen;

/// <summary>How finely the target is diffed against the suggestion on screen.</summary>
public enum DiffGranularity
{
    Auto,
    Character,
    Word,
}
