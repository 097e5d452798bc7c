namespace Review.Terminal.Output;

/// <summary>The program was started where a full-screen interface cannot work; the message says why, for the user.</summary>
public sealed class TerminalNotSupportedException(string message) : Exception(message);
