namespace Review.Cli.Screen;

/// <summary>The wrapped line of the target pane the current guess is on, and how many lines the pane shows.</summary>
public sealed record GuessMark(int Line, int PaneHeight);
