namespace Review.Cli.Screen;

/// <summary>Esc in the editor or the prompt.</summary>
public sealed record InputCancelled : ReviewAction;
