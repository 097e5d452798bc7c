namespace Review.Cli.Screen;

/// <summary>A save failed: the loop keeps retrying it (a full disk, a busy file) or has given it up (a read-only file).</summary>
public sealed record CommitFailed(string Message, bool Retrying = true) : ReviewAction;
