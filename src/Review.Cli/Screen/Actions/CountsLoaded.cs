using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>Progress counts read from the store (after the first frame, so it is not delayed).</summary>
public sealed record CountsLoaded(ProgressCounts Counts) : ReviewAction;
