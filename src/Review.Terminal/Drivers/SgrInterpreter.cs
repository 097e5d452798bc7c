using Review.Terminal.Buffers;

namespace Review.Terminal.Drivers;

/// <summary>Applies the parameters of an SGR sequence to a style, the way xterm does.</summary>
internal static class SgrInterpreter
{
    /// <summary>Returns false when a parameter is not understood (the sequence is then reported).</summary>
    internal static bool Apply(ref Style style, IReadOnlyList<int> parameters)
    {
        if (parameters.Count == 0)
        {
            style = Style.Default;
            return true;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var code = parameters[i];
            switch (code)
            {
                case 0: style = Style.Default; break;
                case 1: style = style.With(Attributes.Bold); break;
                case 2: style = style.With(Attributes.Dim); break;
                case 3: style = style.With(Attributes.Italic); break;
                case 4: style = style.With(Attributes.Underline); break;
                case 7: style = style.With(Attributes.Reverse); break;
                case 9: style = style.With(Attributes.Strikethrough); break;
                case 22: style = style.Without(Attributes.Bold | Attributes.Dim); break;
                case 23: style = style.Without(Attributes.Italic); break;
                case 24: style = style.Without(Attributes.Underline); break;
                case 27: style = style.Without(Attributes.Reverse); break;
                case 29: style = style.Without(Attributes.Strikethrough); break;
                case >= 30 and <= 37: style = style.WithForeground(Color.Ansi(code - 30)); break;
                case 39: style = style.WithForeground(Color.Default); break;
                case >= 40 and <= 47: style = style.WithBackground(Color.Ansi(code - 40)); break;
                case 49: style = style.WithBackground(Color.Default); break;
                case >= 90 and <= 97: style = style.WithForeground(Color.Ansi(code - 82)); break;
                case >= 100 and <= 107: style = style.WithBackground(Color.Ansi(code - 92)); break;
                case 38 or 48:
                    if (!TryExtendedColor(parameters, ref i, out var color))
                    {
                        return false;
                    }

                    style = code == 38 ? style.WithForeground(color) : style.WithBackground(color);
                    break;
                default: return false;
            }
        }

        return true;
    }

    private static bool TryExtendedColor(IReadOnlyList<int> parameters, ref int i, out Color color)
    {
        color = Color.Default;
        if (i + 2 < parameters.Count && parameters[i + 1] == 5 && parameters[i + 2] is >= 0 and < 256)
        {
            color = Color.Indexed(parameters[i + 2]);
            i += 2;
            return true;
        }

        if (i + 4 < parameters.Count && parameters[i + 1] == 2
            && parameters[i + 2] is >= 0 and < 256 && parameters[i + 3] is >= 0 and < 256 && parameters[i + 4] is >= 0 and < 256)
        {
            color = Color.Rgb((byte)parameters[i + 2], (byte)parameters[i + 3], (byte)parameters[i + 4]);
            i += 4;
            return true;
        }

        return false;
    }
}
