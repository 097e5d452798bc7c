namespace Review.Terminal.Output;

public enum ColorDepth
{
    None,
    Ansi16,
    Ansi256,
    TrueColor,
}
