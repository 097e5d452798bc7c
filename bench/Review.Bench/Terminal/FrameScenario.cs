using Review.Terminal.Buffers;
using Review.Terminal.Output;

namespace Review.Bench.Terminal;

/// <summary>One benchmark case replayed outside BenchmarkDotNet, for the figures its columns compute in the host.</summary>
public sealed class FrameScenario
{
    private readonly CountingTerminal _terminal;
    private readonly Renderer _renderer;
    private readonly Action<ScreenBuffer, int> _draw;
    private readonly bool _dense;
    private int _step;

    public FrameScenario(bool diff, bool dense)
    {
        var screen = new ReviewLikeScreen();
        _dense = dense;
        _terminal = dense ? new CountingTerminal(200, 60) : new CountingTerminal(120, 40);
        _renderer = new Renderer(_terminal, new RendererOptions(Diff: diff));
        _draw = dense ? screen.DrawDense : screen.Draw;
        Step();
    }

    public long BytesWritten => _terminal.BytesWritten;

    /// <summary>Draws and flushes the next frame: the next pair, or the other dense text.</summary>
    public void Step()
    {
        var frame = ++_step;
        _renderer.Draw(buffer => _draw(buffer, _dense ? frame % 2 : frame % 100));
    }
}
