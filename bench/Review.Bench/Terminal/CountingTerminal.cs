using Review.Terminal.Drivers;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Bench.Terminal;

/// <summary>A terminal that only counts what it is sent, so the benchmark measures the renderer and not a pipe.</summary>
public sealed class CountingTerminal(int width, int height) : ITerminal
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public ColorDepth ColorDepth => ColorDepth.TrueColor;

    public bool SupportsSynchronizedOutput => true;

    public long BytesWritten { get; private set; }

    public int Writes { get; private set; }

    public void Enter()
    {
    }

    public void Leave()
    {
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        BytesWritten += bytes.Length;
        Writes++;
    }

    public TerminalEvent? ReadEvent(TimeSpan timeout) => null;

    public void Dispose()
    {
    }
}
