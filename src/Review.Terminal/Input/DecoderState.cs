namespace Review.Terminal.Input;

/// <summary>Where <see cref="InputDecoder"/> stands between two bytes.</summary>
internal enum DecoderState
{
    Ground,
    Escape,
    Utf8,
    Csi,
    CsiIgnore,
    Ss3,
    ControlString,
    ControlStringEscape,
    Paste,
    X10Mouse,
    LinuxFunctionKey,
}
