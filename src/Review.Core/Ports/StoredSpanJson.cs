using System.Text.Json.Serialization;

namespace Review.Core.Ports;

/// <summary>
/// The serializer for stored spans, generated at build time: reflection-based deserialisation of
/// <c>int[][]</c> is not available in the Native AOT binary.
/// </summary>
[JsonSerializable(typeof(int[][]))]
internal sealed partial class StoredSpanJson : JsonSerializerContext;
