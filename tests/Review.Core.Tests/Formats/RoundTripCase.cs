using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

/// <summary>
/// One row of the round-trip matrix: the format, the extension its export gets, whether it carries
/// everything its own first export says (decisions included), whether a text may hold a newline, and
/// whether equal contents are equal bytes (else the databases' JSONL exports are compared).
/// </summary>
internal sealed record RoundTripCase(PairFormat Format, string Extension, bool CarriesFirstExport, bool CarriesNewlines, bool SameBytes = true);
