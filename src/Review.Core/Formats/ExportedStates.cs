using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Builds the <see cref="ExportedState"/> a file of review's own export carries (JSONL, TMX,
/// XLIFF, LiteDB), with one set of rules: a pending pair has no decision, a decided one needs its
/// annotator and time, and the time is in the export's own form so that it is written back unchanged.
/// </summary>
internal static class ExportedStates
{
    /// <summary>The state; null with the <paramref name="problem"/> (phrased with the file's own names) when the fields do not make one.</summary>
    public static ExportedState? From(
        string statusName, string target, string? annotator, string? decidedAt, string? note, Names names, out string? problem)
    {
        problem = null;
        if (!PairNames.TryParseStatus(statusName, out var status))
        {
            return Fail($"unknown status \"{statusName}\" (expected pending, accepted, fixed, edited, rejected or skipped)", out problem);
        }
        if (status == PairStatus.Pending)
        {
            return annotator is null && decidedAt is null && note is null
                ? new ExportedState(status, target, null, null, null)
                : Fail($"a pending pair has no decision, so its {names.Annotator}, {names.DecidedAt} and {names.Note} must be {names.Empty}", out problem);
        }
        if (annotator is null || decidedAt is null)
        {
            return Fail($"a pair with status \"{statusName}\" needs its \"{names.Annotator}\" and \"{names.DecidedAt}\"", out problem);
        }
        if (!DecisionTime.TryRead(decidedAt, out var at))
        {
            return Fail($"{names.DecidedAt} \"{decidedAt}\" is not a time in the export's form, e.g. 2026-11-21T11:28:50.123Z", out problem);
        }
        return new ExportedState(status, target, annotator, at, note);
    }

    private static ExportedState? Fail(string text, out string? problem)
    {
        problem = text;
        return null;
    }

    /// <summary>What a format calls the decision's fields, for messages.</summary>
    public sealed record Names(string Annotator, string DecidedAt, string Note, string Empty = "absent");
}
