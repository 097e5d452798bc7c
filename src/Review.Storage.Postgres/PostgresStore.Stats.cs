using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>A pause longer than this between two decisions ends a review session (as on SQLite).</summary>
    public static readonly TimeSpan SessionGap = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan ShortestSession = TimeSpan.FromMinutes(1);

    public StoreStats Stats() => Guard("read the database", () =>
    {
        var session = LastSession();
        return new StoreStats(
            PairCount(),
            StatusCounts(),
            // An undone decision is not work done: it and its undo are both counted out.
            Grouped("""
                SELECT annotator, count(*) FROM decisions
                WHERE kind <> 'undo' AND id NOT IN (SELECT supersedes FROM decisions WHERE kind = 'undo' AND supersedes IS NOT NULL)
                GROUP BY annotator ORDER BY annotator
                """),
            Imports(),
            Grouped("SELECT check_id, count(*) FROM findings GROUP BY check_id ORDER BY check_id"),
            session is null ? null : PairsPerHour(session),
            session);
    });

    private static double PairsPerHour(WorkSpell session)
    {
        var length = session.End - session.Start;
        return session.Pairs / (length > ShortestSession ? length : ShortestSession).TotalHours;
    }

    private Dictionary<string, long> Grouped(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        return counts;
    }

    /// <summary>Walks the history backwards from the latest decision until a pause of <see cref="SessionGap"/>.</summary>
    private WorkSpell? LastSession()
    {
        using var command = Command("SELECT pair_id, kind, at, id, supersedes FROM decisions ORDER BY id DESC");
        using var reader = command.ExecuteReader();
        DateTimeOffset? start = null, end = null;
        var pairs = new HashSet<long>();
        var decisions = 0L;
        var undone = new HashSet<long>();
        while (reader.Read())
        {
            var at = PgRows.Time(reader, 2);
            if (start is DateTimeOffset earliest && earliest - at > SessionGap)
            {
                break;
            }
            start = start is null || at < start ? at : start;
            end = end is null || at > end ? at : end;
            if (reader.GetString(1) == PairNames.Of(DecisionKind.Undo))
            {
                if (!reader.IsDBNull(4))
                {
                    undone.Add(reader.GetInt64(4));
                }
            }
            else if (!undone.Contains(reader.GetInt64(3)))
            {
                pairs.Add(reader.GetInt64(0));
                decisions++;
            }
        }
        return start is null || end is null ? null : new WorkSpell(start.Value, end.Value, pairs.Count, decisions);
    }
}
