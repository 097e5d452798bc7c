namespace Review.Cli.Screen;

/// <summary>
/// What the last frame's layout allows: the largest scroll offset of each pane and the height of
/// the focused pane (and how far the help overlay scrolls), so scrolling clamps without Update
/// knowing about cells.
/// </summary>
public sealed record PanesMeasured(PaneOffsets MaxScroll, int PageHeight, int HelpMaxScroll = 0) : ReviewAction
{
    /// <summary>Where the current encoding guess landed in the target pane, when a guess key asked to see it.</summary>
    public GuessMark? Guess { get; init; }
}
