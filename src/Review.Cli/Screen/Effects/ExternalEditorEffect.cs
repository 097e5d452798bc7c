namespace Review.Cli.Screen;

/// <summary>Leave the terminal, run $EDITOR on Text in a temporary file, and come back.</summary>
public sealed record ExternalEditorEffect(string Text) : ReviewEffect;
