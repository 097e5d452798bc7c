namespace Review.Cli.Screen;

/// <summary>$EDITOR returned; Text is the file's content, or null when the editor failed.</summary>
public sealed record ExternalEditFinished(string? Text, string? Error) : ReviewAction;
