namespace Review.Core.Encodings;

/// <summary>Reads the LEB128 unsigned varints the model file is made of.</summary>
internal sealed class VarintReader(byte[] bytes)
{
    private int position;

    public bool ReadMagic(ReadOnlySpan<byte> magic)
    {
        if (!bytes.AsSpan().StartsWith(magic))
        {
            return false;
        }

        position = magic.Length;
        return true;
    }

    public ulong Read()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw new InvalidDataException("The character model file is cut short.");
            }

            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
