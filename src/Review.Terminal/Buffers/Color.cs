namespace Review.Terminal.Buffers;

/// <summary>A foreground or background colour: default, one of 16, one of 256, or RGB.</summary>
public readonly record struct Color
{
    private Color(ColorKind kind, int value)
    {
        Kind = kind;
        Value = value;
    }

    public ColorKind Kind { get; }

    /// <summary>The palette index, or 0xRRGGBB for <see cref="ColorKind.Rgb"/>.</summary>
    public int Value { get; }

    public static Color Default => default;

    public static Color Black => Ansi(0);
    public static Color Red => Ansi(1);
    public static Color Green => Ansi(2);
    public static Color Yellow => Ansi(3);
    public static Color Blue => Ansi(4);
    public static Color Magenta => Ansi(5);
    public static Color Cyan => Ansi(6);
    public static Color White => Ansi(7);
    public static Color BrightBlack => Ansi(8);
    public static Color BrightRed => Ansi(9);
    public static Color BrightGreen => Ansi(10);
    public static Color BrightYellow => Ansi(11);
    public static Color BrightBlue => Ansi(12);
    public static Color BrightMagenta => Ansi(13);
    public static Color BrightCyan => Ansi(14);
    public static Color BrightWhite => Ansi(15);

    public byte R => (byte)(Value >> 16);
    public byte G => (byte)(Value >> 8);
    public byte B => (byte)Value;

    public static Color Ansi(int index) =>
        index is >= 0 and < 16 ? new(ColorKind.Ansi16, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public static Color Indexed(int index) =>
        index is >= 0 and < 256 ? new(ColorKind.Indexed, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public static Color Rgb(byte r, byte g, byte b) => new(ColorKind.Rgb, (r << 16) | (g << 8) | b);

    public override string ToString() => Kind switch
    {
        ColorKind.Default => "default",
        ColorKind.Ansi16 => $"ansi{Value}",
        ColorKind.Indexed => $"idx{Value}",
        _ => $"#{Value:x6}",
    };
}
