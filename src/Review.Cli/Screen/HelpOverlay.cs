using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// The `?` overlay, generated from the keymap: every binding, grouped, with its keys and help.
/// It scrolls with ↑/↓ where the terminal is too small to show it whole.
/// </summary>
internal static class HelpOverlay
{
    public static IReadOnlyList<IReadOnlyList<StyledSpan>> Lines(Keymap keymap, Theme theme)
    {
        var lines = new List<IReadOnlyList<StyledSpan>>();
        var keyWidth = keymap.Bindings.Max(b => Review.Terminal.Text.DisplayWidth.OfText(b.KeysLabel));
        foreach (var group in keymap.Groups())
        {
            lines.Add([new StyledSpan(group.Key, theme.Title)]);
            foreach (var binding in group)
            {
                var pad = new string(' ', keyWidth - Review.Terminal.Text.DisplayWidth.OfText(binding.KeysLabel));
                lines.Add([new StyledSpan("  " + binding.KeysLabel + pad + "  ", theme.HintKey), new StyledSpan(binding.Help, theme.Body)]);
            }
        }
        return lines;
    }

    /// <summary>Draws the overlay; returns how far it can scroll.</summary>
    public static int Draw(ScreenBuffer buffer, Keymap keymap, Theme theme, int scroll)
    {
        var box = buffer.Width >= 60 && buffer.Height >= 20 ? buffer.Area.Inset(4, 2) : buffer.Area;
        if (box.IsEmpty || box.Height < 2)
        {
            return 0;
        }
        buffer.Fill(box, theme.Body);
        var title = box.TakeTop(1);
        buffer.Fill(title, theme.Header);
        buffer.SetString(title.X + 1, title.Y, "Keys · ↑/↓ scroll · any other key closes", theme.Header, title);
        var body = box.SkipTop(1).Inset(1, 0);
        var text = WrappedText.Wrap(Lines(keymap, theme), body.Width);
        var max = Math.Max(0, text.Rows.Count - body.Height);
        text.Draw(buffer, body, Math.Clamp(scroll, 0, max));
        return max;
    }
}
