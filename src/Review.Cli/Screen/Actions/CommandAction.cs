namespace Review.Cli.Screen;

/// <summary>A key the keymap resolved.</summary>
public sealed record CommandAction(ReviewCommand Command) : ReviewAction;
