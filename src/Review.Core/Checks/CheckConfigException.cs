namespace Review.Core.Checks;

/// <summary>A config file the user wrote is wrong; the message names the file, the line and the problem.</summary>
public sealed class CheckConfigException(string message) : Exception(message);
