namespace Review.Core.Formats;

/// <summary>One segment of an XLIFF file as read, with what review keeps of its file, unit and segment.</summary>
internal sealed class XliffUnit
{
    public required string Id { get; init; }

    public required int Line { get; init; }

    public required XliffReviewAttributes Review { get; init; }

    public required KeptPart File { get; init; }

    /// <summary>"1.2" or "2.0": which vocabulary the inline codes' markup is in.</summary>
    public required string Version { get; init; }

    public KeptPart Unit { get; init; } = new();

    public KeptPart Segment { get; init; } = new();

    public KeptPart SourcePart { get; set; } = new();

    public KeptPart TargetPart { get; set; } = new();

    public string Source { get; set; } = "";

    public string Target { get; set; } = "";

    public bool HasTarget { get; set; }

    public Dictionary<string, string> SourceCodes { get; } = [];

    public Dictionary<string, string> TargetCodes { get; } = [];

    /// <summary>The <c>"xliff"</c> metadata object (<c>version</c> only with inline codes, whose markup it names); null when nothing is kept.</summary>
    public string? KeptJson()
    {
        var parts = KeptMetadata.Object(("file", File), ("unit", Unit), ("segment", Segment), ("source", SourcePart), ("target", TargetPart));
        var members = new List<string>();
        if (parts is not null)
        {
            members.Add(parts[1..^1]);
        }
        if (!HasTarget)
        {
            members.Add("\"no_target\":true");
        }
        if (SourceCodes.Count + TargetCodes.Count > 0)
        {
            members.Add("\"version\":" + JsonStrings.Quote(Version));
        }
        members.AddRange(Codes("source_codes", SourceCodes));
        members.AddRange(Codes("target_codes", TargetCodes));
        return members.Count == 0 ? null : "{" + string.Join(",", members) + "}";
    }

    private static IEnumerable<string> Codes(string name, Dictionary<string, string> codes)
    {
        if (codes.Count > 0)
        {
            yield return JsonStrings.Quote(name) + ":{" + string.Join(",", codes.Select(c => JsonStrings.Quote(c.Key) + ":" + JsonStrings.Quote(c.Value))) + "}";
        }
    }
}
