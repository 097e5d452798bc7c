using System.Text.Json;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// One exported row as the XLIFF writers need it: what the pair kept from an XLIFF file (see
/// <see cref="XliffUnit"/>), its texts turned back into XLIFF content, and review's attributes.
/// </summary>
internal sealed class XliffExportPair
{
    private XliffExportPair(ExportRow row, KeptMetadata metadata)
    {
        Row = row;
        var own = metadata.Own;
        File = KeptPart.From(own, "file");
        Unit = KeptPart.From(own, "unit");
        Segment = KeptPart.From(own, "segment");
        SourcePart = KeptPart.From(own, "source");
        TargetPart = KeptPart.From(own, "target");
        Version = String(own, "version");
        NoTarget = own.ValueKind == JsonValueKind.Object && own.TryGetProperty("no_target", out var flag) && flag.ValueKind == JsonValueKind.True;
        SourceCodes = Codes(own, "source_codes");
        TargetCodes = Codes(own, "target_codes");
        RestMetadata = metadata.Rest;
    }

    public ExportRow Row { get; }

    public KeptPart File { get; }

    public KeptPart Unit { get; }

    public KeptPart Segment { get; }

    public KeptPart SourcePart { get; }

    public KeptPart TargetPart { get; }

    public string? Version { get; }

    public string? RestMetadata { get; }

    /// <summary>The file had no target and nothing has been decided: write none.</summary>
    public bool WritesTarget => !(NoTarget && Row.Status == PairStatus.Pending && Row.Target.Length == 0);

    private bool NoTarget { get; }

    private Dictionary<string, string> SourceCodes { get; }

    private Dictionary<string, string> TargetCodes { get; }

    public static XliffExportPair Of(ExportRow row) => new(row, KeptMetadata.Split(row.MetadataJson, "xliff"));

    /// <summary>The source as XLIFF content of <paramref name="version"/>.</summary>
    public string SourceXml(string version, Func<string, string> clean) => Content(Row.Source, SourceCodes, [], version, clean, "source");

    public string TargetXml(string version, Func<string, string> clean) => Content(Row.Target, TargetCodes, SourceCodes, version, clean, "target");

    /// <summary>Review's attributes (see <see cref="XliffReviewAttributes"/>) as local name and value, those that say something.</summary>
    public IEnumerable<(string Name, string Value)> ReviewAttributes(bool idNeeded)
    {
        var row = Row;
        var original = row.OriginalTarget;
        (string, string?)[] all =
        [
            ("id", idNeeded ? row.Id : null),
            ("status", PairNames.Of(row.Status)),
            ("annotator", row.Annotator),
            ("decided-at", row.Text(ExportField.DecidedAt)),
            ("note", row.Note),
            ("original-target", original == row.Target ? null : original),
            ("suggestion", row.Suggestion),
            ("metadata", RestMetadata),
        ];
        return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!));
    }

    private string Content(
        string text, Dictionary<string, string> codes, Dictionary<string, string> fallback, string version, Func<string, string> clean, string what)
    {
        if (codes.Count + fallback.Count > 0 && Version != version)
        {
            throw new ExportException(
                $"pair \"{Row.Id}\": its {what} holds XLIFF {Version} inline codes, which XLIFF {version} does not have; export it as {(Version == "2.0" ? "xliff2" : "xliff")}");
        }
        return XliffContent.Write(text, codes, fallback, clean)
            ?? throw new ExportException($"pair \"{Row.Id}\": the inline codes of its {what} do not nest (a closing code without its opening one, or the reverse); fix the text and export again");
    }

    private static string? String(JsonElement own, string name) =>
        own.ValueKind == JsonValueKind.Object && own.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string> Codes(JsonElement own, string name)
    {
        var codes = new Dictionary<string, string>();
        if (own.ValueKind == JsonValueKind.Object && own.TryGetProperty(name, out var all) && all.ValueKind == JsonValueKind.Object)
        {
            foreach (var code in all.EnumerateObject().Where(c => c.Value.ValueKind == JsonValueKind.String))
            {
                codes[code.Name] = code.Value.GetString()!;
            }
        }
        return codes;
    }
}
