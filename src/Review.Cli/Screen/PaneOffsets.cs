namespace Review.Cli.Screen;

/// <summary>One value per pane (scroll offsets, or the largest offset each pane allows), compared by value.</summary>
public sealed record PaneOffsets(int Source, int Target, int Suggestion, int Findings, int FirstDecision = 0, int OtherDecisions = 0)
{
    public static PaneOffsets Zero { get; } = new(0, 0, 0, 0);

    public int Get(Pane pane) => pane switch
    {
        Pane.Source => Source,
        Pane.Target => Target,
        Pane.Suggestion => Suggestion,
        Pane.Findings => Findings,
        Pane.FirstDecision => FirstDecision,
        Pane.OtherDecisions => OtherDecisions,
        _ => throw new ArgumentOutOfRangeException(nameof(pane)),
    };

    public PaneOffsets With(Pane pane, int value) => pane switch
    {
        Pane.Source => this with { Source = value },
        Pane.Target => this with { Target = value },
        Pane.Suggestion => this with { Suggestion = value },
        Pane.Findings => this with { Findings = value },
        Pane.FirstDecision => this with { FirstDecision = value },
        Pane.OtherDecisions => this with { OtherDecisions = value },
        _ => throw new ArgumentOutOfRangeException(nameof(pane)),
    };
}
