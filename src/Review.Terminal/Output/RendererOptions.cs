namespace Review.Terminal.Output;

/// <summary>
/// How the renderer talks to the terminal. Null values come from the terminal itself.
/// <see cref="Diff"/> off makes every flush a full redraw (the baseline the benchmark compares with).
/// </summary>
public sealed record RendererOptions(ColorDepth? ColorDepth = null, bool? SynchronizedOutput = null, bool Diff = true)
{
    public static RendererOptions Default { get; } = new();
}
