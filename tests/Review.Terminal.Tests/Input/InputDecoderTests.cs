using Review.Terminal.Input;
using static Review.Terminal.Tests.Input.EventText;

namespace Review.Terminal.Tests.Input;

public sealed class InputDecoderTests
{
    public static TheoryData<string, string> Sequences => new()
    {
        { "abc", "'a' 'b' 'c'" },
        { "A", "'A'" },
        { "한국어", "'한' '국' '어'" },
        { "😀", "'😀'" },
        { "\r", "Enter" },
        { "\n", "Enter" },
        { "\t", "Tab" },
        { "\u007f", "Backspace" },
        { "\b", "Backspace" },
        { "\u0003", "'c'+Ctrl" },
        { "\u001a", "'z'+Ctrl" },
        { "\u0001", "'a'+Ctrl" },
        { "\0", "' '+Ctrl" },
        { "\u001f", "'_'+Ctrl" },
        { "\e[A\e[B\e[C\e[D", "Up Down Right Left" },
        { "\eOA\eOB\eOC\eOD", "Up Down Right Left" },
        { "\e[H\e[F\eOH\eOF", "Home End Home End" },
        { "\e[1~\e[4~\e[7~\e[8~", "Home End Home End" },
        { "\e[2~\e[3~\e[5~\e[6~", "Insert Delete PageUp PageDown" },
        { "\eOP\eOQ\eOR\eOS", "F1 F2 F3 F4" },
        { "\e[15~\e[17~\e[18~\e[19~\e[20~\e[21~\e[23~\e[24~", "F5 F6 F7 F8 F9 F10 F11 F12" },
        { "\e[[A\e[[E", "F1 F5" },
        { "\e[1;5C", "Right+Ctrl" },
        { "\e[1;5D", "Left+Ctrl" },
        { "\e[1;2A", "Up+Shift" },
        { "\e[1;3B", "Down+Alt" },
        { "\e[1;9B", "Down+Alt" },
        { "\e[1;8H", "Home+Ctrl+Alt+Shift" },
        { "\e[3;5~", "Delete+Ctrl" },
        { "\e[5;2~", "PageUp+Shift" },
        { "\e[1;2P", "F1+Shift" },
        { "\e[1;5R", "F3+Ctrl" },
        { "\e[15;3~", "F5+Alt" },
        { "\eO5C", "Right+Ctrl" },
        { "\eOM", "Enter" },
        { "\e[Z", "Tab+Shift" },
        { "\e[27;5;13~", "Enter+Ctrl" },
        { "\e[97;5u", "'a'+Ctrl" },
        { "\e[13;2u", "Enter+Shift" },
        { "\ea", "'a'+Alt" },
        { "\eA", "'A'+Alt" },
        { "\e1", "'1'+Alt" },
        { "\e\u007f", "Backspace+Alt" },
        { "\e\r", "Enter+Alt" },
        { "\e\u0003", "'c'+Ctrl+Alt" },
        { "\e한", "'한'+Alt" },
        { "\e\e[A", "Escape Up" },
        { "\e[I\e[O", "FocusIn FocusOut" },
        { "\e[<0;5;10M", "Mouse:Press:0@4,9" },
        { "\e[<0;5;10m", "Mouse:Release:0@4,9" },
        { "\e[<2;1;1M", "Mouse:Press:2@0,0" },
        { "\e[<64;3;4M", "Mouse:WheelUp:0@2,3" },
        { "\e[<65;3;4M", "Mouse:WheelDown:0@2,3" },
        { "\e[<32;7;8M", "Mouse:Drag:0@6,7" },
        { "\e[<16;2;2M", "Mouse:Press:0@1,1+Ctrl" },
        { "\e[<35;2;2M", "" },
        { "\e[M !!", "Mouse:Press:0@0,0" },
        { "\e[200~hello\r\nworld\e[201~", "Paste[hello\r\nworld]" },
        { "\e[200~\e[201~", "Paste[]" },
        { "\e[200~한국\e[A\u0003\e[201~x", "Paste[한국\e[A\u0003] 'x'" },
        { "x\e[?1;2cy", "'x' 'y'" },
        { "\e[>0;276;0cz", "'z'" },
        { "\e[24;80Rz", "'z'" },
        { "\e[?2026;2$yz", "Mode:2026=2 'z'" },
        { "\e[?1;2$yz", "Mode:1=2 'z'" },
        { "\e[?1$yz", "'z'" },
        { "\e]11;rgb:0000/0000/0000\e\\z", "'z'" },
        { "\e]0;title\az", "'z'" },
        { "\ePzz\e\\z", "'z'" },
        { "\e_Gi=1;OK\e\\z", "'z'" },
        { "\e[201~z", "'z'" },
        { "\e[99Xz", "'z'" },
        { "\u00ff", "'\uFFFD'" },
        { "\u0080a", "'\uFFFD' 'a'" },
        { "\u00c3(", "'\uFFFD' '('" },
        { "\u00c0\u00af", "'\uFFFD' '\uFFFD'" },
        { "\u00e0\u0080\u0080", "'\uFFFD' '\uFFFD' '\uFFFD'" },
        { "\u00ed\u00a0\u0080", "'\uFFFD' '\uFFFD' '\uFFFD'" },
        { "\u00ed\u0095\e[A", "'\uFFFD' Up" },
        { "\e[1\u0003", "'c'+Ctrl" },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Decodes_whole_input(string input, string expected)
    {
        var decoder = new InputDecoder();

        var events = decoder.Decode(Bytes(input));

        Assert.Equal(expected, Describe(events));
        Assert.False(decoder.HasPendingEscape);
    }

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Decodes_the_same_when_split_at_every_position(string input, string expected)
    {
        var bytes = Bytes(input);
        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var decoder = new InputDecoder();
            var events = decoder.Decode(bytes.AsSpan(0, cut)).Concat(decoder.Decode(bytes.AsSpan(cut))).ToList();
            Assert.Equal(expected, Describe(events));
        }
    }

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Decodes_the_same_one_byte_at_a_time(string input, string expected)
    {
        var decoder = new InputDecoder();
        var events = new List<TerminalEvent>();
        foreach (var b in Bytes(input))
        {
            events.AddRange(decoder.Decode([b]));
        }

        Assert.Equal(expected, Describe(events));
    }
}
