namespace Review.Core.Formats;

/// <summary>
/// The props review's TMX export writes after a pair's kept props and notes: <c>x-status</c>,
/// then the decision's note as a <c>note</c> right after it, <c>x-annotator</c>, <c>x-decided-at</c>,
/// and where they say something <c>x-original-target</c> (the target as first imported, when the
/// file shows another), <c>x-suggestion</c> and <c>x-metadata</c> (metadata that did not come from
/// a TMX file, as JSON). A file whose first TU has <c>x-status</c> is read as review's export and
/// its decisions are restored; in any other file these are ordinary props.
/// </summary>
internal sealed class TmxReviewProps
{
    public const string Status = "x-status";
    public const string Annotator = "x-annotator";
    public const string DecidedAt = "x-decided-at";
    public const string OriginalTarget = "x-original-target";
    public const string Suggestion = "x-suggestion";
    public const string Metadata = "x-metadata";

    private static readonly string[] Types = [Status, Annotator, DecidedAt, OriginalTarget, Suggestion, Metadata];

    public string? StatusName { get; private init; }

    public string? Note { get; private set; }

    public string? AnnotatorName { get; private set; }

    public string? DecidedAtText { get; private set; }

    public string? OriginalTargetText { get; private set; }

    public string? SuggestionText { get; private set; }

    public string? MetadataJson { get; private set; }

    public static bool HasStatus(KeptPart tu) => tu.Elements.Exists(e => IsProp(e, Status));

    /// <summary>Takes review's own props (and the note right after <c>x-status</c>) out of <paramref name="tu"/>.</summary>
    public static TmxReviewProps Take(KeptPart tu)
    {
        var statusAt = tu.Elements.FindIndex(e => IsProp(e, Status));
        var props = new TmxReviewProps { StatusName = statusAt < 0 ? null : tu.Elements[statusAt].Text };
        if (statusAt >= 0 && props.StatusName != "pending" && statusAt + 1 < tu.Elements.Count && tu.Elements[statusAt + 1].Name == "note")
        {
            props.Note = tu.Elements[statusAt + 1].Text;
            tu.Elements.RemoveAt(statusAt + 1);
        }
        foreach (var element in tu.Elements.Where(e => e.Name == "prop"))
        {
            var value = element.Text;
            switch (TypeOf(element))
            {
                case Annotator: props.AnnotatorName = value; break;
                case DecidedAt: props.DecidedAtText = value; break;
                case OriginalTarget: props.OriginalTargetText = value; break;
                case Suggestion: props.SuggestionText = value; break;
                case Metadata: props.MetadataJson = value; break;
            }
        }
        tu.Elements.RemoveAll(e => e.Name == "prop" && Array.IndexOf(Types, TypeOf(e)) >= 0);
        return props;
    }

    private static bool IsProp(KeptElement element, string type) => element.Name == "prop" && TypeOf(element) == type;

    private static string? TypeOf(KeptElement element) => element.Attributes.FirstOrDefault(a => a.Name == "type")?.Value;
}
