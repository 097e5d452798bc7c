using System.Runtime.InteropServices;
using Review.Terminal.Buffers;

namespace Review.Terminal.Widgets;

/// <summary>
/// The wrapped lines of a <see cref="TextView"/>'s text at one width. Kept in the view's state and
/// reused while the text, style and width stay the same, so redrawing a frame (say, on every
/// keystroke in an editor below) does not lay the text out again.
/// </summary>
internal sealed class TextLayout
{
    private readonly StyledSpan[] _spans;
    private readonly Style _style;
    private readonly SanitizerOptions _options;
    private readonly List<Glyph> _glyphs;
    private readonly List<(int Start, int End)> _paragraphs;
    private readonly List<Range> _lines;

    /// <param name="recycle">A layout no longer needed whose lists are cleared and reused, so a new text does not allocate them again.</param>
    internal TextLayout(IReadOnlyList<StyledSpan> spans, Style style, SanitizerOptions options, int width, TextLayout? recycle = null)
    {
        recycle = recycle is { Recyclable: true } ? recycle : null;
        _glyphs = recycle?._glyphs ?? [];
        _lines = recycle?._lines ?? [];
        _glyphs.Clear();
        _lines.Clear();
        _spans = [.. spans];
        _style = style;
        _options = options;
        Width = width;
        _paragraphs = Paragraphs();
        Wrap();
    }

    /// <summary>
    /// The same text at another width: the glyphs (sanitized, segmented and measured, the costly
    /// part) are shared and only the lines are wrapped again. Neither layout is recycled after that.
    /// </summary>
    internal TextLayout(TextLayout text, int width)
    {
        _spans = text._spans;
        _style = text._style;
        _options = text._options;
        _glyphs = text._glyphs;
        _paragraphs = text._paragraphs;
        _lines = [];
        Width = width;
        text.Recyclable = false;
        Recyclable = false;
        Wrap();
    }

    internal int Width { get; }

    /// <summary>False once the glyphs are shared with another layout or the layout is kept by its view: clearing its lists would change a layout still in use.</summary>
    internal bool Recyclable { get; set; } = true;

    internal int LineCount => _lines.Count;

    internal bool Matches(IReadOnlyList<StyledSpan> spans, Style style, SanitizerOptions options, int width) =>
        width == Width && style == _style && options == _options && spans.SequenceEqual(_spans);

    internal string LineText(int line) => string.Concat(Line(line).ToArray().Select(glyph => glyph.Text));

    internal void DrawLine(ScreenBuffer buffer, int line, int x, int y, Rect clip)
    {
        foreach (var glyph in Line(line))
        {
            x = buffer.SetGlyph(x, y, glyph.Text, glyph.Width, glyph.Style, clip);
        }
    }

    private void Wrap()
    {
        foreach (var (start, end) in _paragraphs)
        {
            LineWrapper.Wrap(_glyphs, start, end, Width, _lines);
        }
    }

    private ReadOnlySpan<Glyph> Line(int line) => CollectionsMarshal.AsSpan(_glyphs)[_lines[line]];

    /// <summary>Sanitizes and measures the spans into one glyph list; returns each paragraph's range (a newline ends one; CR LF counts once).</summary>
    private List<(int Start, int End)> Paragraphs()
    {
        var paragraphs = new List<(int Start, int End)>();
        var start = 0;
        foreach (var span in _spans)
        {
            var parts = span.Text.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    paragraphs.Add((start, _glyphs.Count));
                    start = _glyphs.Count;
                }

                GlyphRuns.Append(_glyphs, parts[i], span.Style.Over(_style), _options);
            }
        }

        paragraphs.Add((start, _glyphs.Count));
        return paragraphs;
    }
}
