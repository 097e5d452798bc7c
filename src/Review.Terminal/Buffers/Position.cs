namespace Review.Terminal.Buffers;

/// <summary>A cell position, 0-based.</summary>
public readonly record struct Position(int X, int Y);
