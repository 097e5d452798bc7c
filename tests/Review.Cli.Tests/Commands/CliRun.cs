namespace Review.Cli.Tests.Commands;

/// <summary>What one command run printed and returned.</summary>
internal sealed record CliRun(int Exit, string Output, string Error);
