namespace Review.Cli.Screen;

/// <summary>A keys.toml the user wrote is wrong; the message names the file and the line.</summary>
public sealed class KeymapException(string message) : Exception(message);
