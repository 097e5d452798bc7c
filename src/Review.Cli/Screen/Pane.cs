namespace Review.Cli.Screen;

/// <summary>The panes that scroll on their own; one of them has the focus for ↑/↓ and the wheel.</summary>
public enum Pane
{
    Source,
    Target,
    Suggestion,
    Findings,
}
