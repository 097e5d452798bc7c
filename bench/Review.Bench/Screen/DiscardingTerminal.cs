using Review.Terminal.Drivers;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Bench.Screen;

/// <summary>A terminal that takes frames and counts their bytes, so benchmarks time our pipeline, not an emulator.</summary>
public sealed class DiscardingTerminal(int width, int height) : ITerminal
{
    public int Width => width;

    public int Height => height;

    public ColorDepth ColorDepth => ColorDepth.Ansi256;

    public bool SupportsSynchronizedOutput => true;

    public long BytesWritten { get; private set; }

    public int Writes { get; private set; }

    /// <summary>When the first frame was flushed (<see cref="System.Diagnostics.Stopwatch"/> ticks), or 0.</summary>
    public long FirstWriteTimestamp { get; private set; }

    public void Enter()
    {
    }

    public void Leave()
    {
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (Writes == 0)
        {
            FirstWriteTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        BytesWritten += bytes.Length;
        Writes++;
    }

    public TerminalEvent? ReadEvent(TimeSpan timeout) => null;

    public void Dispose()
    {
    }
}
