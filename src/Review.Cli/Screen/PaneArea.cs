using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>Where one pane sits: its title row and the rows its text scrolls in.</summary>
internal readonly record struct PaneArea(Pane Pane, Rect Title, Rect Body);
