using System.Text;
using Review.Terminal.Input;

namespace Review.Terminal.Tests.Input;

/// <summary>Compact spellings of byte strings and events, so decoder tables read like the wire.</summary>
internal static class EventText
{
    /// <summary>
    /// Characters U+0000-U+00FF are taken as single raw bytes (so "\xff" is the byte FF);
    /// anything above is encoded as UTF-8 (so "한" is ED 95 9C).
    /// </summary>
    public static byte[] Bytes(string spelled)
    {
        var bytes = new List<byte>();
        foreach (var rune in spelled.EnumerateRunes())
        {
            if (rune.Value <= 0xFF)
            {
                bytes.Add((byte)rune.Value);
            }
            else
            {
                var buffer = new byte[4];
                var length = rune.EncodeToUtf8(buffer);
                bytes.AddRange(buffer.AsSpan(0, length).ToArray());
            }
        }

        return [.. bytes];
    }

    public static string Describe(TerminalEvent e) => e switch
    {
        KeyEvent { Key: Key.Char } k => $"'{k.Text}'{Mods(k.Modifiers)}",
        KeyEvent k => $"{k.Key}{Mods(k.Modifiers)}",
        PasteEvent p => $"Paste[{p.Text}]",
        MouseEvent m => $"Mouse:{m.Action}:{m.Button}@{m.X},{m.Y}{Mods(m.Modifiers)}",
        FocusEvent f => f.Focused ? "FocusIn" : "FocusOut",
        ModeReportEvent r => $"Mode:{r.Mode}={r.Setting}",
        ResizeEvent r => $"Resize:{r.Width}x{r.Height}",
        _ => e.ToString()!,
    };

    public static string Describe(IEnumerable<TerminalEvent> events) => string.Join(" ", events.Select(Describe));

    private static string Mods(Modifiers modifiers)
    {
        if (modifiers == Modifiers.None)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var flag in new[] { Modifiers.Ctrl, Modifiers.Alt, Modifiers.Shift })
        {
            if (modifiers.HasFlag(flag))
            {
                text.Append('+').Append(flag);
            }
        }

        return text.ToString();
    }
}
