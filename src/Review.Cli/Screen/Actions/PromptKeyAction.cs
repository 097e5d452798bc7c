using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>A key the keymap bound to one of the prompt's commands (Enter submits, Esc cancels).</summary>
public sealed record PromptKeyAction(PromptCommand Command) : ReviewAction;
