namespace Review.Terminal.Input;

/// <summary>The states inside escape sequences: CSI, SS3, control strings, paste and legacy mouse.</summary>
public sealed partial class InputDecoder
{
    private bool Csi(byte b)
    {
        if (b is >= 0x40 and <= 0x7E)
        {
            DispatchCsi((char)b);
            return true;
        }

        if (b is >= 0x20 and <= 0x3F)
        {
            _sequence.Append((char)b);
            if (_sequence.Length > MaxSequenceLength)
            {
                _state = DecoderState.CsiIgnore;
            }

            return true;
        }

        // A control or non-ASCII byte cannot be inside a CSI: drop what we had and start over with it.
        Reset();
        return false;
    }

    private void DispatchCsi(char final)
    {
        var body = _sequence.ToString();
        Reset();
        if (body.Length == 0 && final == 'M')
        {
            _x10.Clear();
            _state = DecoderState.X10Mouse;
        }
        else if (body.Length == 0 && final == '[')
        {
            _state = DecoderState.LinuxFunctionKey;
        }
        else if (body == "200" && final == '~')
        {
            _paste.Start();
            _state = DecoderState.Paste;
        }
        else
        {
            Emit(CsiSequence.Decode(body, final));
        }
    }

    private bool CsiIgnore(byte b)
    {
        if (b is >= 0x40 and <= 0x7E or < 0x20 or >= 0x80)
        {
            Reset();
            return b is >= 0x40 and <= 0x7E;
        }

        return true;
    }

    private bool Ss3(byte b)
    {
        if (b is >= (byte)'0' and <= (byte)'9')
        {
            _ss3Modifier = _ss3Modifier * 10 + (b - '0');
            return true;
        }

        var modifiers = XtermModifiers.FromParameter(_ss3Modifier);
        Reset();
        if (b < 0x20 || b >= 0x7F)
        {
            return false;
        }

        Emit(Ss3Sequence.Decode(b, modifiers));
        return true;
    }

    private bool ControlString(byte b)
    {
        _controlStringLength++;
        if (b == 0x07)
        {
            Reset();
        }
        else if (b == 0x1B)
        {
            _state = DecoderState.ControlStringEscape;
        }

        return true;
    }

    private bool ControlStringEscape(byte b)
    {
        if (b == (byte)'\\')
        {
            Reset();
            return true;
        }

        // ESC that is not a string terminator aborts the string and starts a new sequence.
        Reset();
        _state = DecoderState.Escape;
        return false;
    }

    private bool Paste(byte b)
    {
        if (_paste.Add(b))
        {
            Emit(new PasteEvent(_paste.Take()));
            Reset();
        }
        else if (_paste.IsFull)
        {
            Emit(new PasteEvent(_paste.Take()));
        }

        return true;
    }

    private bool X10Mouse(byte b)
    {
        _x10.Add(b);
        if (_x10.Count == 3)
        {
            Reset();
            var code = _x10[0] - 32;
            Emit(SgrMouse.FromCode(code, _x10[1] - 33, _x10[2] - 33, (code & 3) != 3));
        }

        return true;
    }

    private bool LinuxFunctionKey(byte b)
    {
        Reset();
        Emit(Ss3Sequence.LinuxFunctionKey(b));
        return true;
    }
}
