namespace Review.Core.Checks;

/// <summary>
/// One problem a check found in a pair. <see cref="SuggestedTarget"/> is the whole target with
/// this one mechanical fix applied, when the fix is unambiguous.
/// </summary>
public sealed record Finding(
    string CheckId,
    Severity Severity,
    string Message,
    IReadOnlyList<TextSpan> SourceSpans,
    IReadOnlyList<TextSpan> TargetSpans,
    string? SuggestedTarget = null)
{
    /// <summary>The fix as edits of the target, sorted and non-overlapping; empty when the finding
    /// has no fix or was loaded from storage (the runner then derives one edit from
    /// <see cref="SuggestedTarget"/>).</summary>
    public IReadOnlyList<TextEdit> Edits { get; init; } = [];

    /// <summary>A finding whose fix is <paramref name="edits"/> applied to <paramref name="target"/>.</summary>
    public static Finding WithFix(
        string checkId,
        Severity severity,
        string message,
        IReadOnlyList<TextSpan> sourceSpans,
        IReadOnlyList<TextSpan> targetSpans,
        string target,
        IReadOnlyList<TextEdit> edits) =>
        new(checkId, severity, message, sourceSpans, targetSpans, TextEdit.Apply(target, edits)) { Edits = edits };
}
