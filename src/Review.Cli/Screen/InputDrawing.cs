using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>Draws the active input widget (editor or prompt) into the rows the view gives it.</summary>
public delegate void InputDrawing(ScreenBuffer buffer, Rect area);
