namespace Review.Cli.Screen;

/// <summary>Another annotator claimed or decided the pair; nothing was written.</summary>
public sealed record ConflictDetected(string Message) : ReviewAction;
