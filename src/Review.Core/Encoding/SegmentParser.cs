namespace Review.Core.Encodings;

/// <summary>
/// Maps each character of a garbled text back to the byte the code page decoded it from, and groups
/// the bytes into UTF-8 sequences, keeping track of which characters each sequence came from.
/// </summary>
internal static class SegmentParser
{
    public static List<GarbledSegment> Parse(string text, CodePage page)
    {
        var segments = new List<GarbledSegment>(text.Length / 2);
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80 || !page.TryGetByte(text[i], out var b))
            {
                i = AddLiteral(text, page, i, segments);
                continue;
            }

            var start = i;
            var count = 1;
            bytes[0] = b;
            var wanted = Utf8Shape.LengthFromLead(b);
            var limit = wanted > 1 ? wanted : Utf8Shape.IsContinuation(b) ? 3 : 1;
            i++;
            while (count < limit && i < text.Length && text[i] >= 0x80
                && page.TryGetByte(text[i], out var next) && Utf8Shape.IsContinuation(next))
            {
                bytes[count++] = next;
                i++;
            }

            var scalar = wanted > 1 && count == wanted && Utf8Shape.TryDecodeScalar(bytes[..count], out var rune) ? rune.Value : -1;
            segments.Add(new GarbledSegment(
                scalar >= 0 ? SegmentKind.Complete : SegmentKind.Incomplete, start, i - start, Pack(bytes[..count]), count, scalar));
        }

        return segments;
    }

    private static uint Pack(ReadOnlySpan<byte> bytes)
    {
        uint packed = 0;
        foreach (var b in bytes)
        {
            packed = (packed << 8) | b;
        }

        return packed;
    }

    private static int AddLiteral(string text, CodePage page, int i, List<GarbledSegment> segments)
    {
        var start = i;
        do
        {
            i++;
        }
        while (i < text.Length && (text[i] < 0x80 || !page.TryGetByte(text[i], out _)));

        segments.Add(new GarbledSegment(SegmentKind.Literal, start, i - start, 0, 0, 0));
        return i;
    }
}
