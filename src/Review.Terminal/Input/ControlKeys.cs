using System.Text;

namespace Review.Terminal.Input;

/// <summary>Single C0 bytes as keys: raw mode delivers Ctrl+letter as 0x01..0x1A.</summary>
internal static class ControlKeys
{
    public static KeyEvent FromByte(byte b, Modifiers extra = Modifiers.None) => b switch
    {
        0x0D or 0x0A => new KeyEvent(Key.Enter, extra),
        0x09 => new KeyEvent(Key.Tab, extra),
        0x08 or 0x7F => new KeyEvent(Key.Backspace, extra),
        0x00 => KeyEvent.Char(" ", Modifiers.Ctrl | extra),
        >= 0x01 and <= 0x1A => KeyEvent.Char(((char)('a' + b - 1)).ToString(), Modifiers.Ctrl | extra),
        0x1C => KeyEvent.Char("\\", Modifiers.Ctrl | extra),
        0x1D => KeyEvent.Char("]", Modifiers.Ctrl | extra),
        0x1E => KeyEvent.Char("^", Modifiers.Ctrl | extra),
        0x1F => KeyEvent.Char("_", Modifiers.Ctrl | extra),
        _ => new KeyEvent(Key.Escape, extra),
    };

    /// <summary>A Unicode code point reported by CSI u or modifyOtherKeys, as a key.</summary>
    public static KeyEvent FromCodePoint(int codePoint, Modifiers modifiers) => codePoint switch
    {
        13 => new KeyEvent(Key.Enter, modifiers),
        9 => new KeyEvent(Key.Tab, modifiers),
        8 or 127 => new KeyEvent(Key.Backspace, modifiers),
        27 => new KeyEvent(Key.Escape, modifiers),
        < 0x20 => FromByte((byte)codePoint, modifiers),
        _ when Rune.IsValid(codePoint) => KeyEvent.Char(char.ConvertFromUtf32(codePoint), modifiers),
        _ => KeyEvent.Char("\uFFFD", modifiers),
    };
}
