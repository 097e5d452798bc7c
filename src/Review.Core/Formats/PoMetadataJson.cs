using System.Text.Json.Serialization;

namespace Review.Core.Formats;

/// <summary>The serializer for a pair's PO metadata, generated at build time for the AOT binary.</summary>
[JsonSerializable(typeof(PoMetadata))]
internal sealed partial class PoMetadataJson : JsonSerializerContext;
