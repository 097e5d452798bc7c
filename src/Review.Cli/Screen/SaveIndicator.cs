namespace Review.Cli.Screen;

/// <summary>What the status line says about the last decision: nothing yet, saved, not saved (retrying), or refused.</summary>
public enum SaveIndicator
{
    None,
    Saved,
    NotSaved,
    Refused,
}
