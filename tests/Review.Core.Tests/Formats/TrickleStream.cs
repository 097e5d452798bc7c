namespace Review.Core.Tests.Formats;

/// <summary>Hands out at most <c>step</c> bytes per read, so multi-byte characters arrive split across reads.</summary>
internal sealed class TrickleStream(byte[] bytes, int step) : MemoryStream(bytes)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(step, count));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(step, buffer.Length)]);
}
