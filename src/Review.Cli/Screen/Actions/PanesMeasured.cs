namespace Review.Cli.Screen;

/// <summary>
/// What the last frame's layout allows: the largest scroll offset of each pane and the height of
/// the focused pane, so scrolling clamps without Update knowing about cells.
/// </summary>
public sealed record PanesMeasured(PaneOffsets MaxScroll, int PageHeight) : ReviewAction;
