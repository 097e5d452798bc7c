namespace Review.Terminal.Input;

public sealed record ResizeEvent(int Width, int Height) : TerminalEvent;
