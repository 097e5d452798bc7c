using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>What the store says now (status, holder, counts with everyone's work, colleagues), read every few seconds.</summary>
public sealed record LiveRefreshed(LiveView Live) : ReviewAction;
