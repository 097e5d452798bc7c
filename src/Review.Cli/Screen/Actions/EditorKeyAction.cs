using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>A key the keymap bound to one of the inline editor's commands.</summary>
public sealed record EditorKeyAction(EditorCommand Command) : ReviewAction;
