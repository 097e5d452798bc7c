using Npgsql;
using NpgsqlTypes;
using Review.Core.Checks;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>
/// The findings and restored decisions of an import batch, kept aside while the pairs' COPY runs
/// (one connection carries one COPY at a time) and written after the pairs they refer to.
/// </summary>
internal sealed class PgAsideRows
{
    public List<(PairId Pair, Finding Finding)> Findings { get; } = [];

    public List<Decision> Decisions { get; } = [];

    /// <summary>What the restored decisions leave each pair at: status, effective decision and, for a whole history, deciders.</summary>
    public List<(PairId Pair, PairStatus Status, long? Decision, int? Deciders)> States { get; } = [];

    public int Count => Findings.Count + Decisions.Count;

    /// <summary>Writes the findings and decisions kept aside, each through its own COPY, after the pairs they refer to.</summary>
    public void Write(PostgresStore store)
    {
        if (Findings.Count > 0)
        {
            using var copy = store.Connection.BeginBinaryImport("""
                COPY findings (pair_id, check_id, severity, raw_fields, message, source_spans, target_spans, suggestion) FROM STDIN (FORMAT BINARY)
                """);
            foreach (var (pair, finding) in Findings)
            {
                WriteRow(copy, PostgresStore.FindingParameters(pair, finding));
            }
            copy.Complete();
            Findings.Clear();
        }
        if (Decisions.Count > 0)
        {
            using (var copy = store.Connection.BeginBinaryImport("""
                COPY decisions (id, pair_id, kind, raw_fields, final_target, annotator, at, note, supersedes, hunks, role) FROM STDIN (FORMAT BINARY)
                """))
            {
                foreach (var decision in Decisions)
                {
                    WriteRow(copy, [("id", decision.Id), .. PostgresStore.DecisionParameters(decision)]);
                }
                copy.Complete();
            }
            // The pairs' status follows in one statement; the status_counts trigger fires per row, as for Decide.
            store.Execute("""
                UPDATE pairs p SET status = v.status, decision_id = v.decision, deciders = coalesce(v.deciders, p.deciders)
                FROM unnest(@pairs, @statuses, @decisions, @deciders) AS v(pair, status, decision, deciders) WHERE p.id = v.pair
                """,
                ("pairs", States.Select(s => s.Pair.Value).ToArray()),
                ("statuses", States.Select(s => PairNames.Of(s.Status)).ToArray()),
                ("decisions", States.Select(s => s.Decision).ToArray()),
                ("deciders", States.Select(s => s.Deciders).ToArray()));
            Decisions.Clear();
            States.Clear();
        }
    }

    private static void WriteRow(NpgsqlBinaryImporter copy, (string Name, object? Value)[] row)
    {
        copy.StartRow();
        foreach (var (_, value) in row)
        {
            switch (value)
            {
                case null or DBNull:
                    copy.WriteNull();
                    break;
                case long number:
                    copy.Write(number, NpgsqlDbType.Bigint);
                    break;
                case int number:
                    copy.Write(number, NpgsqlDbType.Integer);
                    break;
                case string text:
                    copy.Write(text, NpgsqlDbType.Text);
                    break;
                case DateTime at:
                    copy.Write(at, NpgsqlDbType.TimestampTz);
                    break;
                default:
                    throw new ArgumentException($"cannot copy a {value.GetType().Name}", nameof(row));
            }
        }
    }
}
