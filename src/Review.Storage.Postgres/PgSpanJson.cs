using System.Text.Json.Serialization;

namespace Review.Storage.Postgres;

/// <summary>The serializer for stored spans, generated at build time for the Native AOT binary.</summary>
[JsonSerializable(typeof(int[][]))]
internal sealed partial class PgSpanJson : JsonSerializerContext;
