using Review.Terminal.Buffers;
using Review.Terminal.Drivers;

namespace Review.Terminal.Output;

/// <summary>
/// Keeps the last frame shown and, on <see cref="Flush"/>, sends the terminal only the cells that
/// changed, in one write: the cursor moves only where the next changed cell is not adjacent, SGR is
/// sent only when the style changes, the frame is wrapped in synchronized output when the terminal
/// has it, and a frame identical to the last one is not sent at all.
/// </summary>
public sealed class Renderer
{
    private readonly ITerminal _terminal;
    private readonly ColorDepth _depth;
    private readonly bool _synchronized;
    private readonly bool _diff;
    private readonly ScreenBuffer _shown;
    private readonly FrameBytes _output = new();
    private bool _fullRedrawPending = true;
    private bool? _cursorVisible;

    public Renderer(ITerminal terminal, RendererOptions? options = null)
    {
        options ??= RendererOptions.Default;
        _terminal = terminal;
        _depth = options.ColorDepth ?? terminal.ColorDepth;
        _synchronized = options.SynchronizedOutput ?? terminal.SupportsSynchronizedOutput;
        _diff = options.Diff;
        Frame = new ScreenBuffer(terminal.Width, terminal.Height);
        _shown = new ScreenBuffer(terminal.Width, terminal.Height);
    }

    /// <summary>The frame to draw into; <see cref="Flush"/> sends it.</summary>
    public ScreenBuffer Frame { get; }

    public ColorDepth ColorDepth => _depth;

    /// <summary>Bytes sent over the renderer's lifetime.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Flushes that reached the terminal (identical frames are not counted).</summary>
    public int FramesWritten { get; private set; }

    /// <summary>
    /// Starts a frame: follows the terminal's size (a size change means a full redraw) and clears
    /// the frame, since views draw the whole frame every time.
    /// </summary>
    public ScreenBuffer BeginFrame()
    {
        if (Frame.Width != _terminal.Width || Frame.Height != _terminal.Height)
        {
            Frame.Resize(_terminal.Width, _terminal.Height);
            _shown.Resize(_terminal.Width, _terminal.Height);
            _fullRedrawPending = true;
        }

        Frame.Clear();
        return Frame;
    }

    /// <summary>Draws a whole frame with <paramref name="view"/> and flushes it. Returns the bytes written.</summary>
    public int Draw(Action<ScreenBuffer> view)
    {
        view(BeginFrame());
        return Flush();
    }

    /// <summary>Forgets what the terminal shows, so the next flush redraws everything (e.g. after a suspend).</summary>
    public void Invalidate()
    {
        _fullRedrawPending = true;
        _cursorVisible = null;
    }

    /// <summary>Sends the frame. Returns the number of bytes written, 0 when the frame was identical.</summary>
    public int Flush()
    {
        var repaint = _fullRedrawPending || !_diff;
        _output.Clear();
        if (_synchronized)
        {
            _output.Append(ControlSequences.BeginSynchronizedUpdate);
        }

        if (repaint)
        {
            _output.Append(ControlSequences.ResetStyle);
            _output.Append(ControlSequences.HomeAndClearScreen);

            // The screen is now blank, so with the diff on only the cells that are not blank need sending.
            _shown.Clear();
        }

        var changed = FrameDiff.Write(Frame, _shown, _output, _depth, full: !_diff);
        var cursorChanged = WriteCursor(repaint || changed);
        if (!repaint && !changed && !cursorChanged)
        {
            return 0;
        }

        if (_synchronized)
        {
            _output.Append(ControlSequences.EndSynchronizedUpdate);
        }

        _terminal.Write(_output.Span);
        _shown.CopyFrom(Frame);
        _fullRedrawPending = false;
        BytesWritten += _output.Length;
        FramesWritten++;
        return _output.Length;
    }

    /// <summary>Places and shows the cursor where the frame wants it, or hides it.</summary>
    private bool WriteCursor(bool cellsWritten)
    {
        var wanted = Frame.Cursor;
        var moved = wanted is { } target && (cellsWritten || target != _shown.Cursor);
        if (wanted is { } position && moved)
        {
            ControlSequences.MoveTo(_output, position.X, position.Y);
        }

        var visible = wanted is not null;
        if (_cursorVisible == visible)
        {
            return moved;
        }

        _output.Append(visible ? ControlSequences.ShowCursor : ControlSequences.HideCursor);
        _cursorVisible = visible;
        return true;
    }
}
