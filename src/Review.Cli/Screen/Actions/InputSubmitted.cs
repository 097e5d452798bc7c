namespace Review.Cli.Screen;

/// <summary>The editor was saved (Ctrl+S) or the prompt confirmed (Enter) with this text.</summary>
public sealed record InputSubmitted(string Text) : ReviewAction;
