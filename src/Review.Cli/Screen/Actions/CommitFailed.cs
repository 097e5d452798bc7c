namespace Review.Cli.Screen;

/// <summary>The database stayed busy past the timeout; the loop keeps retrying.</summary>
public sealed record CommitFailed(string Message) : ReviewAction;
