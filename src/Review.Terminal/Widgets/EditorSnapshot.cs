namespace Review.Terminal.Widgets;

/// <summary>The editor's text and cursor at one point in its undo history.</summary>
internal sealed record EditorSnapshot(string Text, int Line, int Column);
