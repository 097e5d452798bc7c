namespace Review.Terminal.Widgets;

/// <summary>The scroll position of a <see cref="TextView"/>, kept by the app between frames.</summary>
public sealed class TextViewState
{
    /// <summary>The first wrapped line shown.</summary>
    public int ScrollOffset { get; set; }

    /// <summary>Wrapped lines in the last render.</summary>
    public int LineCount { get; internal set; }

    /// <summary>Rows available in the last render.</summary>
    public int ViewportHeight { get; internal set; }

    /// <summary>The last layout, reused while the text and width stay the same.</summary>
    internal TextLayout? Layout { get; set; }

    public int MaxScrollOffset => Math.Max(0, LineCount - ViewportHeight);

    public bool CanScrollUp => ScrollOffset > 0;

    public bool CanScrollDown => ScrollOffset < MaxScrollOffset;

    public void ScrollBy(int lines) => ScrollOffset = Math.Clamp(ScrollOffset + lines, 0, MaxScrollOffset);

    public void ScrollToTop() => ScrollOffset = 0;

    public void ScrollToBottom() => ScrollOffset = MaxScrollOffset;
}
