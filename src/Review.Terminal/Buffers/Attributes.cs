namespace Review.Terminal.Buffers;

[Flags]
public enum Attributes : byte
{
    None = 0,
    Bold = 1,
    Dim = 2,
    Italic = 4,
    Underline = 8,
    Strikethrough = 16,
    Reverse = 32,
}
