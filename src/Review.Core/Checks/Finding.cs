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
    string? SuggestedTarget = null);
