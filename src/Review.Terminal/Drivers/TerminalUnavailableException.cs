namespace Review.Terminal.Drivers;

/// <summary>The terminal cannot be driven (TERM=dumb, not a TTY, ...); the message is for the user.</summary>
public sealed class TerminalUnavailableException(string message) : Exception(message);
