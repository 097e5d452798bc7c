using Review.Core.Formats;
using Review.Core.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// Draws the inline codes of XLIFF and TMX texts (stored as a label between U+FDD0 and U+FDD1, see
/// <see cref="InlineCodes"/>) as visible tokens, <c>⟦g1⟧</c>, in the theme's code style laid over
/// whatever else marks them. The brackets take the marks' places, so every offset into the text
/// still holds; they are narrow and no space is added, so the wrapper keeps a token on one line
/// unless it is wider than the pane. Spans are walked in order, so a token a highlight cuts in two
/// is still styled whole.
/// </summary>
internal static class CodeTokens
{
    /// <summary>The codes as the editor's tokens: drawn as on the panes, kept whole, deleted with their partner.</summary>
    public static EditorTokens Editor { get; } = new(InlineCodes.Open, InlineCodes.Close, '⟦', '⟧') { Partner = InlineCodes.Partner };

    public static IReadOnlyList<StyledSpan> Show(IReadOnlyList<StyledSpan> spans, Style code)
    {
        if (!spans.Any(s => InlineCodes.HasMarker(s.Text)))
        {
            return spans;
        }
        var shown = new List<StyledSpan>(spans.Count + 4);
        var inCode = false;
        foreach (var span in spans)
        {
            var text = span.Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == InlineCodes.Open && !inCode)
                {
                    Add(shown, text[start..i], span.Style, false, code);
                    start = i;
                    inCode = true;
                }
                else if (text[i] == InlineCodes.Close && inCode)
                {
                    Add(shown, text[start..(i + 1)], span.Style, true, code);
                    start = i + 1;
                    inCode = false;
                }
            }
            Add(shown, text[start..], span.Style, inCode, code);
        }
        return shown;
    }

    private static void Add(List<StyledSpan> into, string text, Style style, bool isCode, Style code)
    {
        if (text.Length == 0)
        {
            return;
        }
        var visible = text.Replace(InlineCodes.Open, '⟦').Replace(InlineCodes.Close, '⟧');
        into.Add(new StyledSpan(visible, isCode ? Over(style, code) : style));
    }

    // The code's colours win, and the attributes of a diff or a highlight stay, so a removed code still reads as removed.
    private static Style Over(Style style, Style code) => new(
        code.Foreground == Color.Default ? style.Foreground : code.Foreground,
        code.Background == Color.Default ? style.Background : code.Background,
        style.Attributes | code.Attributes);
}
