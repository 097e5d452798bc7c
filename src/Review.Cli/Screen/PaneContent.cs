using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>A pane's title and text, and (when a key asked to see it) the text up to the mark the pane must scroll to.</summary>
internal sealed record PaneContent(string Title, IReadOnlyList<StyledSpan> Spans)
{
    public TextView View { get; } = new(Spans);

    /// <summary>The text up to a mark the pane must scroll to (the current guess), or null.</summary>
    public IReadOnlyList<StyledSpan>? UpToMark { get; init; }

    /// <summary>The wrapped line the mark falls on, at the width the view wraps at in this area.</summary>
    public int? MarkLine(Rect body)
    {
        if (UpToMark is null || body.Width <= 0)
        {
            return null;
        }
        var overflows = body.Width > 1 && View.LineCount(body.Width) > body.Height;
        return Math.Max(0, new TextView(UpToMark).LineCount(overflows ? body.Width - 1 : body.Width) - 1);
    }
}
