namespace Review.Cli.Screen;

/// <summary>The panes that scroll on their own; one of them has the focus for ↑/↓ and the wheel.</summary>
public enum Pane
{
    Source,
    Target,
    Suggestion,
    Findings,

    /// <summary>Adjudication: the first annotator's decision (by name).</summary>
    FirstDecision,

    /// <summary>Adjudication: every other annotator's decision, diffed against the first one's text.</summary>
    OtherDecisions,
}
