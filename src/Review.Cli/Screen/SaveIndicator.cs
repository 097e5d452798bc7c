namespace Review.Cli.Screen;

/// <summary>What the status line says about the last decision: nothing yet, saved, or not saved (retrying).</summary>
public enum SaveIndicator
{
    None,
    Saved,
    NotSaved,
}
