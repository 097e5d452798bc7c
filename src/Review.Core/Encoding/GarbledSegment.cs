namespace Review.Core.Encoding;

/// <summary>
/// A run of the garbled text (<see cref="Start"/>, <see cref="Length"/> in UTF-16 units) and the
/// bytes it came from. Literal runs carry no bytes.
/// </summary>
internal sealed record GarbledSegment(SegmentKind Kind, int Start, int Length, byte[] Bytes)
{
    public bool HasLead => Bytes.Length > 0 && Utf8Shape.LengthFromLead(Bytes[0]) > 1;
}
