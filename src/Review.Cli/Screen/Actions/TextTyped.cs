namespace Review.Cli.Screen;

/// <summary>Text for the editor or the prompt: a printable key no binding claimed, or a paste.</summary>
public sealed record TextTyped(string Text, bool Pasted = false) : ReviewAction;
