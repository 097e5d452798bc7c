namespace Review.Terminal.Input;

/// <summary>Everything the input side of a terminal can report.</summary>
public abstract record TerminalEvent;
