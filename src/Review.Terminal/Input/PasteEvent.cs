namespace Review.Terminal.Input;

/// <summary>A bracketed paste, delivered whole as literal text (never interpreted as keys).</summary>
public sealed record PasteEvent(string Text) : TerminalEvent;
