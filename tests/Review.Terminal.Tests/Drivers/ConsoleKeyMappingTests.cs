using Review.Terminal.Drivers;
using Review.Terminal.Input;

namespace Review.Terminal.Tests.Drivers;

public sealed class ConsoleKeyMappingTests
{
    [Theory]
    [InlineData('a', ConsoleKey.A, false, false, false, Key.Char, Modifiers.None, "a")]
    [InlineData('A', ConsoleKey.A, true, false, false, Key.Char, Modifiers.None, "A")]
    [InlineData('\u0003', ConsoleKey.C, false, false, true, Key.Char, Modifiers.Ctrl, "c")]
    [InlineData('\0', ConsoleKey.Z, false, false, true, Key.Char, Modifiers.Ctrl, "z")]
    [InlineData('x', ConsoleKey.X, false, true, false, Key.Char, Modifiers.Alt, "x")]
    [InlineData('한', ConsoleKey.None, false, false, false, Key.Char, Modifiers.None, "한")]
    [InlineData('\r', ConsoleKey.Enter, false, false, false, Key.Enter, Modifiers.None, null)]
    [InlineData('\t', ConsoleKey.Tab, true, false, false, Key.Tab, Modifiers.Shift, null)]
    [InlineData('\b', ConsoleKey.Backspace, false, false, false, Key.Backspace, Modifiers.None, null)]
    [InlineData('\0', ConsoleKey.RightArrow, false, false, true, Key.Right, Modifiers.Ctrl, null)]
    [InlineData('\0', ConsoleKey.F5, false, false, false, Key.F5, Modifiers.None, null)]
    [InlineData('\u001b', ConsoleKey.Escape, false, false, false, Key.Escape, Modifiers.None, null)]
    public void Console_keys_become_the_same_events_the_byte_decoder_reports(
        char keyChar, ConsoleKey consoleKey, bool shift, bool alt, bool control, Key key, Modifiers modifiers, string? text)
    {
        var info = new ConsoleKeyInfo(keyChar, consoleKey, shift, alt, control);

        Assert.Equal(new KeyEvent(key, modifiers, text), ConsoleKeyMapping.ToKeyEvent(info));
    }
}
