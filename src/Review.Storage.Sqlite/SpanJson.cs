using System.Text.Json.Serialization;

namespace Review.Storage.Sqlite;

/// <summary>
/// The serializer for stored spans, generated at build time: reflection-based deserialisation of
/// <c>int[][]</c> is not available in the Native AOT binary.
/// </summary>
[JsonSerializable(typeof(int[][]))]
internal sealed partial class SpanJson : JsonSerializerContext;
