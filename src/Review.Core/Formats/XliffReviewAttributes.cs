using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// Review's own attributes on an exported <c>trans-unit</c> (1.2) or <c>unit</c> (2.0), in the
/// namespace <c>urn:review:xliff</c> (prefix <c>review</c>): <c>status</c>, <c>annotator</c>,
/// <c>decided-at</c>, <c>note</c>, and where they say something <c>original-target</c>,
/// <c>suggestion</c>, <c>metadata</c> (metadata that did not come from an XLIFF file, as JSON) and
/// <c>id</c> (2.0, for an id that is not an NMTOKEN). Both schemas allow foreign attributes there.
/// A file whose first unit has <c>review:status</c> is read as review's export, decisions restored.
/// </summary>
internal sealed record XliffReviewAttributes(
    string? Status, string? Annotator, string? DecidedAt, string? Note, string? OriginalTarget, string? Suggestion, string? Metadata, string? Id)
{
    public const string Namespace = "urn:review:xliff";
    public const string Prefix = "review";

    public static XliffReviewAttributes Read(XmlReader xml) => new(
        xml.GetAttribute("status", Namespace),
        xml.GetAttribute("annotator", Namespace),
        xml.GetAttribute("decided-at", Namespace),
        xml.GetAttribute("note", Namespace),
        xml.GetAttribute("original-target", Namespace),
        xml.GetAttribute("suggestion", Namespace),
        xml.GetAttribute("metadata", Namespace),
        xml.GetAttribute("id", Namespace));

    public static ExportedStates.Names Names { get; } = new("review:annotator", "review:decided-at", "review:note");
}
