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
            sequence.Append((char)b);
            if (sequence.Length > MaxSequenceLength)
            {
                state = DecoderState.CsiIgnore;
            }

            return true;
        }

        // A control or non-ASCII byte cannot be inside a CSI: drop what we had and start over with it.
        Reset();
        return false;
    }

    private void DispatchCsi(char final)
    {
        var body = sequence.ToString();
        Reset();
        if (body.Length == 0 && final == 'M')
        {
            x10.Clear();
            state = DecoderState.X10Mouse;
        }
        else if (body.Length == 0 && final == '[')
        {
            state = DecoderState.LinuxFunctionKey;
        }
        else if (body == "200" && final == '~')
        {
            paste.Start();
            state = DecoderState.Paste;
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
            ss3Modifier = ss3Modifier * 10 + (b - '0');
            return true;
        }

        var modifiers = XtermModifiers.FromParameter(ss3Modifier);
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
        controlStringLength++;
        if (b == 0x07)
        {
            Reset();
        }
        else if (b == 0x1B)
        {
            state = DecoderState.ControlStringEscape;
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
        state = DecoderState.Escape;
        return false;
    }

    private bool Paste(byte b)
    {
        if (paste.Add(b))
        {
            Emit(new PasteEvent(paste.Take()));
            Reset();
        }
        else if (paste.IsFull)
        {
            Emit(new PasteEvent(paste.Take()));
        }

        return true;
    }

    private bool X10Mouse(byte b)
    {
        x10.Add(b);
        if (x10.Count == 3)
        {
            Reset();
            var code = x10[0] - 32;
            Emit(SgrMouse.FromCode(code, x10[1] - 33, x10[2] - 33, (code & 3) != 3));
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
