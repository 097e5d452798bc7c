namespace Review.Terminal.Widgets;

/// <summary>One screen row of the editor: the part [Start, End) of logical line <see cref="Line"/>.</summary>
internal readonly record struct EditorRow(int Line, int Start, int End, bool IsLastOfLine);
