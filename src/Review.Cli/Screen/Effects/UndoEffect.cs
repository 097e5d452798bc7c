namespace Review.Cli.Screen;

/// <summary>Undo this annotator's last effective decision and show that pair again.</summary>
public sealed record UndoEffect : ReviewEffect;
