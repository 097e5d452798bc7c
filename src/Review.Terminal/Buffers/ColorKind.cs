namespace Review.Terminal.Buffers;

public enum ColorKind : byte
{
    /// <summary>The terminal's own foreground or background.</summary>
    Default,

    /// <summary>One of the 16 ANSI colours (0-7 normal, 8-15 bright).</summary>
    Ansi16,

    /// <summary>An index into the xterm 256-colour palette.</summary>
    Indexed,

    /// <summary>24-bit colour.</summary>
    Rgb,
}
