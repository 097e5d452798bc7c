using Review.Terminal.Buffers;

namespace Review.Terminal.Output;

/// <summary>Writes one SGR sequence that sets a style from scratch (reset first, so no state leaks between styles).</summary>
internal static class SgrEncoder
{
    internal static void Append(FrameBytes output, Style style, ColorDepth depth)
    {
        output.Append("\e[0"u8);
        AppendAttributes(output, style.Attributes);
        AppendColor(output, ColorConversion.Downsample(style.Foreground, depth), foreground: true);
        AppendColor(output, ColorConversion.Downsample(style.Background, depth), foreground: false);
        output.Append((byte)'m');
    }

    private static void AppendAttributes(FrameBytes output, Attributes attributes)
    {
        if (attributes == Attributes.None)
        {
            return;
        }

        AppendIf(output, attributes, Attributes.Bold, 1);
        AppendIf(output, attributes, Attributes.Dim, 2);
        AppendIf(output, attributes, Attributes.Italic, 3);
        AppendIf(output, attributes, Attributes.Underline, 4);
        AppendIf(output, attributes, Attributes.Reverse, 7);
        AppendIf(output, attributes, Attributes.Strikethrough, 9);
    }

    private static void AppendIf(FrameBytes output, Attributes attributes, Attributes flag, int code)
    {
        if ((attributes & flag) != 0)
        {
            output.Append((byte)';');
            output.AppendNumber(code);
        }
    }

    private static void AppendColor(FrameBytes output, Color color, bool foreground)
    {
        switch (color.Kind)
        {
            case ColorKind.Default:
                return;
            case ColorKind.Ansi16:
                output.Append((byte)';');
                output.AppendNumber((color.Value < 8 ? 30 : 82) + color.Value + (foreground ? 0 : 10));
                return;
            case ColorKind.Indexed:
                output.Append(foreground ? ";38;5;"u8 : ";48;5;"u8);
                output.AppendNumber(color.Value);
                return;
            default:
                output.Append(foreground ? ";38;2;"u8 : ";48;2;"u8);
                output.AppendNumber(color.R);
                output.Append((byte)';');
                output.AppendNumber(color.G);
                output.Append((byte)';');
                output.AppendNumber(color.B);
                return;
        }
    }
}
