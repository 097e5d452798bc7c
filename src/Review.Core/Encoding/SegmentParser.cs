using System.Runtime.CompilerServices;

namespace Review.Core.Encoding;

/// <summary>
/// Maps each character of a garbled text back to the byte the code page decoded it from, and groups
/// the bytes into UTF-8 sequences, keeping track of which characters each sequence came from.
/// </summary>
internal static class SegmentParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<GarbledSegment> Parse(string text, CodePage page)
    {
        var segments = new List<GarbledSegment>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80 || !page.TryGetByte(text[i], out var b))
            {
                i = AddLiteral(text, page, i, segments);
                continue;
            }

            var start = i;
            var bytes = new List<byte> { b };
            var wanted = Utf8Shape.LengthFromLead(b);
            var limit = wanted > 1 ? wanted : Utf8Shape.IsContinuation(b) ? 3 : 1;
            i++;
            while (bytes.Count < limit && i < text.Length && text[i] >= 0x80
                && page.TryGetByte(text[i], out var next) && Utf8Shape.IsContinuation(next))
            {
                bytes.Add(next);
                i++;
            }

            var array = bytes.ToArray();
            var complete = wanted > 1 && array.Length == wanted && Utf8Shape.TryDecodeScalar(array, out _);
            segments.Add(new GarbledSegment(complete ? SegmentKind.Complete : SegmentKind.Incomplete, start, i - start, array));
        }

        return segments;
    }

    private static int AddLiteral(string text, CodePage page, int i, List<GarbledSegment> segments)
    {
        var start = i;
        do
        {
            i++;
        }
        while (i < text.Length && (text[i] < 0x80 || !page.TryGetByte(text[i], out _)));

        segments.Add(new GarbledSegment(SegmentKind.Literal, start, i - start, []));
        return i;
    }
}
