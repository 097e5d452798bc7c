using Microsoft.Data.Sqlite;
using Review.Core.Pairs;

namespace Review.Core.Storage;

/// <summary>
/// Records decisions inside an import batch's transaction with the store's own SQL (the insert
/// into the history, then the pair's status, which the status_counts trigger follows). Both
/// commands are kept, so SQLite prepares each statement once for the whole file.
/// </summary>
internal sealed class DecisionRestore : IDisposable
{
    private readonly SqliteCommand insert;
    private readonly SqliteCommand setState;

    public DecisionRestore(ReviewStore store)
    {
        insert = store.Command(ReviewStore.InsertDecisionSql);
        setState = store.Command(ReviewStore.SetStateSql);
    }

    /// <summary>Appends <paramref name="decision"/> and makes it the pair's effective decision; returns it with its id.</summary>
    public Decision Add(Decision decision)
    {
        Bind(insert, ReviewStore.DecisionParameters(decision));
        var id = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        Bind(setState, ReviewStore.StateParameters(decision.PairId, StoredNames.StatusAfter(decision.Kind), id));
        setState.ExecuteNonQuery();
        return decision with { Id = id };
    }

    public void Dispose()
    {
        insert.Dispose();
        setState.Dispose();
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            var bound = value ?? DBNull.Value;
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = bound;
            }
            else
            {
                command.Parameters.AddWithValue(name, bound);
            }
        }
    }
}
