using Microsoft.Data.Sqlite;
using Review.Core.Pairs;
using SQLitePCL;

namespace Review.Storage.Sqlite;

/// <summary>
/// Records decisions inside an import batch's transaction with the store's own SQL (the insert
/// into the history, then the pair's status, which the status_counts trigger follows). Like
/// <see cref="PairInsert"/>, both statements are prepared once on SQLite's C API and bound by
/// position, so restoring a decision costs little more than inserting its pair. A restore into an
/// empty store (<see cref="CorpusRestore"/>) keeps the decisions' own numbers.
/// </summary>
internal sealed class DecisionRestore : IDisposable
{
    private const string InsertWithIdSql = """
        INSERT INTO decisions (id, pair_id, kind, final_target, annotator, at, note, supersedes, hunks, role)
        VALUES ($id, $pair, $kind, $final_target, $annotator, $at, $note, $supersedes, $hunks, $role) RETURNING id
        """;

    private readonly sqlite3 _database;
    private readonly bool _keepIds;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _setState;
    private readonly sqlite3_stmt _setDeciders;

    public DecisionRestore(SqliteConnection connection, bool keepIds)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is closed");
        _keepIds = keepIds;
        Check(raw.sqlite3_prepare_v2(_database, keepIds ? InsertWithIdSql : ReviewStore.InsertDecisionSql, out _insert));
        Check(raw.sqlite3_prepare_v2(_database, ReviewStore.SetStateSql, out _setState));
        Check(raw.sqlite3_prepare_v2(_database, "UPDATE pairs SET deciders = $deciders WHERE id = $id", out _setDeciders));
    }

    /// <summary>Appends <paramref name="decision"/> and makes it the pair's effective decision; returns it with its id.</summary>
    public Decision Add(Decision decision)
    {
        Bind(_insert, ReviewStore.DecisionParameters(decision));
        var id = Run(_insert, row => raw.sqlite3_column_int64(row, 0));
        Bind(_setState, ReviewStore.StateParameters(decision.PairId, StatusRules.After(decision.Kind), id));
        Run(_setState, _ => 0L);
        return decision with { Id = id };
    }

    /// <summary>
    /// Appends a pair's history in order, each decision superseding the stored copy of what it
    /// superseded in the export (by the export's numbers), then sets the pair's status, effective
    /// decision and deciders as <see cref="RestoredHistory.StateOf"/> says. Returns the stored decisions.
    /// </summary>
    public IReadOnlyList<Decision> AddHistory(PairId pair, IReadOnlyList<Decision> history, long? effective)
    {
        var stored = new List<Decision>(history.Count);
        var ids = new Dictionary<long, long>();
        Decision? storedEffective = null;
        foreach (var decision in history)
        {
            var restored = decision with
            {
                Id = _keepIds ? decision.Id : 0,
                PairId = pair,
                Supersedes = decision.Supersedes is { } old && ids.TryGetValue(old, out var mapped) ? mapped : null,
            };
            Bind(_insert, _keepIds ? [("$id", decision.Id), .. ReviewStore.DecisionParameters(restored)] : ReviewStore.DecisionParameters(restored));
            restored = restored with { Id = Run(_insert, row => raw.sqlite3_column_int64(row, 0)) };
            ids[decision.Id] = restored.Id;
            stored.Add(restored);
            if (decision.Id == effective)
            {
                storedEffective = restored;
            }
        }
        var (status, deciders) = RestoredHistory.StateOf(stored, storedEffective);
        Bind(_setState, ReviewStore.StateParameters(pair, status, storedEffective?.Id));
        Run(_setState, _ => 0L);
        Bind(_setDeciders, [("$deciders", (long)deciders), ("$id", pair.Value)]);
        Run(_setDeciders, _ => 0L);
        return stored;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _setState.Dispose();
        _setDeciders.Dispose();
    }

    private void Bind(sqlite3_stmt statement, (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            var index = raw.sqlite3_bind_parameter_index(statement, name);
            Check(value switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                string text => raw.sqlite3_bind_text(statement, index, text),
                // StoredText's form of a text with a lone surrogate: its UTF-16 code units.
                byte[] units => raw.sqlite3_bind_blob(statement, index, units),
                DBNull => raw.sqlite3_bind_null(statement, index),
                _ => throw new ArgumentException($"cannot bind {value.GetType().Name} to {name}", nameof(values)),
            });
        }
    }

    /// <summary>Steps the statement to its end; <paramref name="read"/> reads the row a RETURNING clause gives.</summary>
    private long Run(sqlite3_stmt statement, Func<sqlite3_stmt, long> read)
    {
        try
        {
            var result = raw.sqlite3_step(statement);
            var value = result == raw.SQLITE_ROW ? read(statement) : 0;
            while (result == raw.SQLITE_ROW)
            {
                result = raw.sqlite3_step(statement);
            }
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, _database);
            }
            return value;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private void Check(int result) => SqliteResult.Check(_database, result);
}
