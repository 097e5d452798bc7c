using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// A run of the garbled text (<see cref="Start"/>, <see cref="Length"/> in UTF-16 units) and the up
/// to four bytes it came from, packed first byte highest. A value type: a row has hundreds of these.
/// <see cref="Scalar"/> is the decoded character of a complete sequence.
/// </summary>
internal readonly record struct GarbledSegment(SegmentKind Kind, int Start, int Length, uint Packed, int ByteCount, int Scalar)
{
    public bool HasLead => ByteCount > 0 && Utf8Shape.LengthFromLead(ByteAt(0)) > 1;

    /// <summary>The bytes and their count in one number: the same pattern always gives the same key.</summary>
    public long Key => ((long)ByteCount << 32) | Packed;

    public Rune Rune => new(Scalar);

    public byte ByteAt(int index) => (byte)(Packed >> (8 * (ByteCount - 1 - index)));

    public byte[] ToBytes()
    {
        var bytes = new byte[ByteCount];
        for (var i = 0; i < ByteCount; i++)
        {
            bytes[i] = ByteAt(i);
        }

        return bytes;
    }
}
