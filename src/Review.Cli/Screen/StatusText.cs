using System.Globalization;
using Review.Core.Pairs;

namespace Review.Cli.Screen;

/// <summary>The words of the header and the status line, kept apart from drawing so they are easy to test.</summary>
internal static class StatusText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>File, pair k of N, id, status and annotator; on a narrow terminal the file goes first.</summary>
    public static string Header(ReviewState state, int width)
    {
        if (state.Shown is not { } shown)
        {
            return $"{state.FileLabel} · no pairs · {state.Annotator}";
        }
        var note = state.PendingNote is null && shown.Effective?.Note is null ? "" : " · note";
        var pair = string.Create(Invariant, $"{shown.Pair.ExternalId} · {PairNames.Of(shown.Status)}{note} · {state.Annotator}");
        var full = string.Create(Invariant, $"{state.FileLabel} · pair {shown.Pair.Ord} of {state.Counts.Total} · {pair}");
        return Review.Terminal.Text.DisplayWidth.OfText(full) <= width
            ? full
            : string.Create(Invariant, $"{shown.Pair.Ord}/{state.Counts.Total} · {pair}");
    }

    /// <summary>Progress, session pace and ETA, shortest form first dropped when narrow.</summary>
    public static IReadOnlyList<string> Progress(ReviewState state, DateTimeOffset now)
    {
        var counts = state.Counts;
        var parts = new List<string>
        {
            counts.Known ? string.Create(Invariant, $"{counts.Done}/{counts.Total} done") : string.Create(Invariant, $"…/{counts.Total}"),
        };
        if (counts.Known)
        {
            parts.Add(string.Create(Invariant, $"{counts.Pending} pending"));
        }
        parts.Add(string.Create(Invariant, $"{state.SessionDecisions} this session"));
        if (PairsPerHour(state, now) is { } rate)
        {
            parts.Add(string.Create(Invariant, $"{rate:0}/h"));
            if (counts.Known && rate > 0)
            {
                parts.Add("ETA " + Duration(TimeSpan.FromHours(counts.Pending / rate)));
            }
        }
        if (!state.Filter.IsAll)
        {
            parts.Add("filter " + state.Filter.Text);
        }
        if (state.Order == QueueOrder.Findings)
        {
            parts.Add("errors first");
        }
        return parts;
    }

    public static string SaveLabel(SaveIndicator save) => save switch
    {
        SaveIndicator.Saved => "saved",
        SaveIndicator.NotSaved => "NOT SAVED, retrying",
        SaveIndicator.Refused => "NOT SAVED",
        _ => "",
    };

    /// <summary>Null until a minute and a decision have passed, so the first guesses are not wild.</summary>
    public static double? PairsPerHour(ReviewState state, DateTimeOffset now)
    {
        var elapsed = now - state.SessionStarted;
        if (state.SessionDecisions == 0 || elapsed < TimeSpan.FromMinutes(1))
        {
            return null;
        }
        return state.SessionDecisions / elapsed.TotalHours;
    }

    public static string Duration(TimeSpan span)
    {
        if (span.TotalDays >= 1)
        {
            return string.Create(Invariant, $"{(int)span.TotalDays}d{span.Hours:00}h");
        }
        return span.TotalHours >= 1
            ? string.Create(Invariant, $"{(int)span.TotalHours}h{span.Minutes:00}m")
            : string.Create(Invariant, $"{Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))}m");
    }
}
