using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Session;

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
        var id = MiddleTruncate(shown.Pair.ExternalId, Math.Max(IdMinimum, width / 3));
        var who = state.Adjudicating ? state.Annotator + " adjudicating" : state.Annotator;
        var pair = string.Create(Invariant, $"{id} · {PairNames.Of(shown.Status)}{note} · {who}");
        var within = shown.Place is { } place ? Within(place) + " · " : "";
        var full = string.Create(Invariant, $"{state.FileLabel} · {within}pair {shown.Pair.Ord} of {state.Counts.Total} · {pair}");
        return Review.Text.DisplayWidth.OfText(full) <= width
            ? full
            : string.Create(Invariant, $"{within}{shown.Pair.Ord}/{state.Counts.Total} · {pair}");
    }

    /// <summary>The place within the filter; a pair that does not match (a jump, or a walk that gave up) says how many matches lie before it.</summary>
    private static string Within(FilterPlace place) =>
        place.Matches
            ? string.Create(Invariant, $"{place.Index} of {place.Total} matching")
            : string.Create(Invariant, $"after {place.Index} of {place.Total} matching");

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
        if (state.Shown is { Overlap: > 1 } shown)
        {
            parts.Add(string.Create(Invariant, $"{shown.DecisionCount} of {shown.Overlap} decisions"));
        }
        if (state.Colleagues > 0)
        {
            parts.Add(state.Colleagues == 1 ? "1 colleague working" : string.Create(Invariant, $"{state.Colleagues} colleagues working"));
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

    /// <summary>
    /// Null until there is enough to go on: ten decisions, or three over ten minutes (and never in
    /// the first minute), so two quick pairs do not promise "46/h · ETA 8d22h". Undone decisions
    /// are already counted out of <see cref="ReviewState.SessionDecisions"/>.
    /// </summary>
    public static double? PairsPerHour(ReviewState state, DateTimeOffset now)
    {
        var elapsed = now - state.SessionStarted;
        var decisions = state.SessionDecisions;
        var enough = decisions >= 10 || (decisions >= 3 && elapsed >= TimeSpan.FromMinutes(10));
        if (!enough || elapsed < TimeSpan.FromMinutes(1))
        {
            return null;
        }
        return decisions / elapsed.TotalHours;
    }

    private const int IdMinimum = 9;

    /// <summary>
    /// The text cut in the middle to <paramref name="width"/> columns, keeping its start and end
    /// around a '…', so a 10,000-character id leaves room for the status and the annotator.
    /// </summary>
    public static string MiddleTruncate(string text, int width)
    {
        if (Review.Text.DisplayWidth.OfText(text) <= width)
        {
            return text;
        }
        var graphemes = Review.Text.Graphemes.Split(text);
        var room = width - 1;
        var head = new System.Text.StringBuilder();
        var used = 0;
        var i = 0;
        for (; i < graphemes.Count && used + Review.Text.DisplayWidth.OfText(graphemes[i]) <= (room + 1) / 2; i++)
        {
            head.Append(graphemes[i]);
            used += Review.Text.DisplayWidth.OfText(graphemes[i]);
        }
        var tail = new List<string>();
        for (var j = graphemes.Count - 1; j >= i && used + Review.Text.DisplayWidth.OfText(graphemes[j]) <= room; j--)
        {
            tail.Insert(0, graphemes[j]);
            used += Review.Text.DisplayWidth.OfText(graphemes[j]);
        }
        return head + "…" + string.Concat(tail);
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
