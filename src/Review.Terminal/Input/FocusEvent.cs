namespace Review.Terminal.Input;

public sealed record FocusEvent(bool Focused) : TerminalEvent;
