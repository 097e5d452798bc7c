using NpgsqlTypes;
using Review.Core.Pairs;

namespace Review.Storage.Postgres;

/// <summary>
/// Each pair is held back from the COPY until the next one comes, so that a history restored right
/// after its Add goes into the pair's own row. Setting the state afterwards with an UPDATE of pairs
/// fires the status_counts trigger once per pair, and in one transaction each of those updates of the
/// same few rows walks the chain of row versions all the earlier ones left: quadratic, past the
/// statement timeout at 100k restored pairs. The counts are added once, at the commit, instead.
/// </summary>
internal sealed partial class PgImportBatch
{
    private readonly Dictionary<PairStatus, long> _copiedByStatus = [];
    private PgHeldPair? _held;

    private void Hold(PgHeldPair pair)
    {
        WriteHeld();
        _held = pair;
    }

    /// <summary>What a restored decision or history leaves the pair at: in its row while it is held, by an UPDATE after that.</summary>
    private void SetState(PairId pair, PairStatus status, long? decision, int? deciders)
    {
        if (_held is { } held && held.Id == pair.Value)
        {
            held.Status = status;
            held.Decision = decision;
            held.Deciders = deciders ?? held.Deciders;
            return;
        }
        _aside.States.Add((pair, status, decision, deciders));
    }

    private void WriteHeld()
    {
        if (_held is not { } held)
        {
            return;
        }
        _held = null;
        var copy = _copy ??= _store.Connection.BeginBinaryImport(PairCopy);
        copy.StartRow();
        copy.Write(held.Id, NpgsqlDbType.Bigint);
        copy.Write(held.Ord, NpgsqlDbType.Bigint);
        copy.Write(ImportId, NpgsqlDbType.Bigint);
        copy.Write(held.Raw, NpgsqlDbType.Integer);
        copy.Write((string)held.Values[0]!, NpgsqlDbType.Text);
        copy.Write(_sourceLang, NpgsqlDbType.Text);
        copy.Write(_targetLang, NpgsqlDbType.Text);
        for (var i = 1; i < held.Values.Length; i++)
        {
            if (held.Values[i] is string text)
            {
                copy.Write(text, NpgsqlDbType.Text);
            }
            else
            {
                copy.WriteNull();
            }
        }
        copy.Write(PairNames.Of(held.Status), NpgsqlDbType.Text);
        if (held.Decision is { } decision)
        {
            copy.Write(decision, NpgsqlDbType.Bigint);
        }
        else
        {
            copy.WriteNull();
        }
        copy.Write(held.Deciders, NpgsqlDbType.Integer);
        _copiedByStatus[held.Status] = _copiedByStatus.GetValueOrDefault(held.Status) + 1;
    }
}
