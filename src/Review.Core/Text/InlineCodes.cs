using System.Text;

namespace Review.Core.Text;

/// <summary>
/// How review stores an inline code of XLIFF (<c>&lt;x/&gt;</c>, <c>&lt;g&gt;</c>, <c>&lt;ph&gt;</c>,
/// <c>&lt;pc&gt;</c>, <c>&lt;sc/&gt;</c>/<c>&lt;ec/&gt;</c>, <c>&lt;bpt&gt;</c>...) in a pair's text: a short
/// label such as <c>g1</c>, <c>/g1</c> or <c>x2</c> between U+FDD0 and U+FDD1, while the code's exact
/// markup is kept in the metadata under <c>xliff.source_codes</c> / <c>xliff.target_codes</c>.
/// The two are Unicode noncharacters, reserved for a program's internal use, so no real text
/// holds them (a file that does is refused) and every check, diff and edit sees one short,
/// atomic token instead of XML with escapes; the export puts the markup back.
/// </summary>
public static class InlineCodes
{
    public const char Open = '\uFDD0';
    public const char Close = '\uFDD1';

    public static bool HasMarker(string text) => text.AsSpan().IndexOfAny(Open, Close) >= 0;

    public static string Code(string label) => $"{Open}{label}{Close}";

    /// <summary>
    /// The label of the code that goes with <paramref name="label"/>: a closing code's opening one
    /// (<c>/g1</c> → <c>g1</c>) and the reverse. A standalone code's partner is in no text.
    /// </summary>
    public static string Partner(string label) => label.StartsWith('/') ? label[1..] : "/" + label;

    /// <summary>The text with each code shown as a visible token, <c>⟦g1⟧</c>, for the review screen.</summary>
    public static string Visible(string text)
    {
        if (!HasMarker(text))
        {
            return text;
        }
        var visible = new StringBuilder(text.Length);
        foreach (var part in Split(text))
        {
            visible.Append(part.IsCode ? $"⟦{part.Text}⟧" : part.Text);
        }
        return visible.ToString();
    }

    /// <summary>The text cut into plain runs and codes (a code's <see cref="InlinePart.Text"/> is its label), in order.</summary>
    public static IReadOnlyList<InlinePart> Split(string text)
    {
        var parts = new List<InlinePart>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf(Open, at);
            var close = open < 0 ? -1 : text.IndexOf(Close, open + 1);
            var nested = close < 0 ? -1 : text.IndexOf(Open, open + 1, close - open - 1);
            if (open < 0 || close < 0)
            {
                parts.Add(new InlinePart(text[at..], false));
                break;
            }
            if (nested >= 0)
            {
                parts.Add(new InlinePart(text[at..nested], false));
                at = nested;
                continue;
            }
            if (open > at)
            {
                parts.Add(new InlinePart(text[at..open], false));
            }
            parts.Add(new InlinePart(text[(open + 1)..close], true));
            at = close + 1;
        }
        return parts;
    }
}
