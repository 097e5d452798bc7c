using Review.Terminal.Buffers;

namespace Review.Terminal.Output;

/// <summary>Brings a colour down to what the terminal can show: RGB to 256 to 16 to none.</summary>
public static class ColorConversion
{
    private static readonly int[] CubeLevels = [0, 95, 135, 175, 215, 255];

    // The xterm defaults for the 16 ANSI colours, used to find the nearest one.
    private static readonly int[] Ansi16Rgb =
    [
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    ];

    public static Color Downsample(Color color, ColorDepth depth) => (depth, color.Kind) switch
    {
        (ColorDepth.None, _) => Color.Default,
        (_, ColorKind.Default) or (_, ColorKind.Ansi16) => color,
        (ColorDepth.TrueColor, _) => color,
        (ColorDepth.Ansi256, ColorKind.Rgb) => Color.Indexed(ToIndexed(color.Value)),
        (ColorDepth.Ansi256, _) => color,
        _ => Color.Ansi(NearestAnsi16(ToRgb(color))),
    };

    /// <summary>The nearest entry of the 6x6x6 cube or the grey ramp of the 256-colour palette.</summary>
    public static int ToIndexed(int rgb)
    {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        var cube = 16 + (36 * NearestLevel(r)) + (6 * NearestLevel(g)) + NearestLevel(b);
        var grey = Math.Clamp((((r + g + b) / 3) - 3) / 10, 0, 23);
        var greyValue = 8 + (10 * grey);
        var greyRgb = (greyValue << 16) | (greyValue << 8) | greyValue;
        return Distance(rgb, greyRgb) < Distance(rgb, IndexedToRgb(cube)) ? 232 + grey : cube;
    }

    private static int ToRgb(Color color) => color.Kind == ColorKind.Rgb ? color.Value : IndexedToRgb(color.Value);

    private static int IndexedToRgb(int index)
    {
        if (index < 16)
        {
            return Ansi16Rgb[index];
        }

        if (index >= 232)
        {
            var level = 8 + (10 * (index - 232));
            return (level << 16) | (level << 8) | level;
        }

        var cube = index - 16;
        return (CubeLevels[cube / 36] << 16) | (CubeLevels[(cube / 6) % 6] << 8) | CubeLevels[cube % 6];
    }

    private static int NearestAnsi16(int rgb)
    {
        var best = 0;
        for (var i = 1; i < Ansi16Rgb.Length; i++)
        {
            if (Distance(rgb, Ansi16Rgb[i]) < Distance(rgb, Ansi16Rgb[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static int NearestLevel(int value)
    {
        var best = 0;
        for (var i = 1; i < CubeLevels.Length; i++)
        {
            if (Math.Abs(CubeLevels[i] - value) < Math.Abs(CubeLevels[best] - value))
            {
                best = i;
            }
        }

        return best;
    }

    private static int Distance(int a, int b)
    {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return (2 * dr * dr) + (4 * dg * dg) + (3 * db * db);
    }
}
