using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// The `?` overlay, generated from the keymap: every binding of every mode, grouped, with its keys and help.
/// It scrolls with ↑/↓ where the terminal is too small to show it whole.
/// </summary>
internal static class HelpOverlay
{
    public static IReadOnlyList<StyledLine> Lines(Keymap keymap, Theme theme)
    {
        var lines = new List<StyledLine>();
        // Keys line up within a mode; the editor's long chords do not push the review keys' help aside.
        var keyWidths = keymap.Bindings.GroupBy(b => b.Mode)
            .ToDictionary(m => m.Key, m => m.Max(b => Review.Text.DisplayWidth.OfText(b.KeysLabel)));
        foreach (var group in keymap.Groups())
        {
            lines.Add(new StyledLine([new StyledSpan(group.Key, theme.Title)]));
            foreach (var binding in group)
            {
                var keyWidth = keyWidths[binding.Mode];
                var pad = new string(' ', keyWidth - Review.Text.DisplayWidth.OfText(binding.KeysLabel));
                lines.Add(new StyledLine([new StyledSpan(" " + binding.KeysLabel + pad + "  ", theme.HintKey), new StyledSpan(binding.Help, theme.Body)]));
            }
        }
        return lines;
    }

    /// <summary>Draws the overlay from line <paramref name="scroll"/>; returns how far it can scroll.</summary>
    public static int Draw(ScreenBuffer buffer, Keymap keymap, Theme theme, int scroll)
    {
        var lines = Lines(keymap, theme);
        var inside = Math.Max(1, buffer.Height - 2);
        var max = Math.Max(0, lines.Count - inside);
        var first = Math.Clamp(scroll, 0, max);
        var title = max > 0 ? "Keys · ↑/↓ scroll · other keys close" : "Keys · any key closes";
        new Overlay(title, lines.Skip(first).ToList()) { Style = theme.Body, BorderStyle = theme.Title }.Render(buffer.Area, buffer);
        return max;
    }
}
