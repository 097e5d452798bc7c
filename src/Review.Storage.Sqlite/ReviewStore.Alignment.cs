using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Sqlite;

public sealed partial class ReviewStore
{
    private const string AlignmentColumns =
        "a.decision_id, a.second_decision_id, a.operation, a.first_pair, a.second_pair, a.before_texts, a.after_texts, d.annotator, d.at, " +
        "EXISTS (SELECT 1 FROM decisions u WHERE u.supersedes = a.decision_id AND u.kind = 'undo')";

    public AlignmentEdit? Realign(AlignmentChange change, string annotator) => Write(() =>
    {
        if (!MayRealign(change.First, change.FirstBefore, annotator) || !MayRealign(change.Second, change.SecondBefore, annotator))
        {
            return null;
        }
        KeepOriginal(change.First, change.FirstBefore);
        KeepOriginal(change.Second, change.SecondBefore);
        var at = NowToTheMillisecond();
        var note = AlignmentNames.Of(change.Operation);
        var first = InsertDecision(new Decision(0, change.First, DecisionKind.Realign, null, annotator, at, note, null));
        var second = InsertDecision(new Decision(0, change.Second, DecisionKind.Realign, null, annotator, at, note, null));
        InsertAlignmentEdit(first, second, change);
        WriteTexts(change.First, change.FirstAfter);
        WriteTexts(change.Second, change.SecondAfter);
        return new AlignmentEdit(first, second, annotator, at, change, false);
    });

    /// <summary>
    /// The annotator's latest edit no undo cancelled, when newer than their latest decision in force;
    /// once it is undone, the one before it is next, as undo walks back through decisions. Only the
    /// annotator's decisions newer than the edit are looked at, each through its pair's key (pairs
    /// has no index on decision_id, so a join the other way would scan the corpus).
    /// </summary>
    public AlignmentEdit? LatestRealign(string annotator) => AlignmentEditsWhere("""
        d.annotator = $annotator AND d.kind = 'realign'
        AND NOT EXISTS (SELECT 1 FROM decisions u WHERE u.supersedes = a.decision_id AND u.kind = 'undo')
        AND NOT EXISTS (SELECT 1 FROM decisions e WHERE e.annotator = $annotator AND e.id > a.decision_id
                        AND e.id = (SELECT p.decision_id FROM pairs p WHERE p.id = e.pair_id))
        """, ("$annotator", annotator), newestFirst: true).FirstOrDefault();

    public bool UndoRealign(AlignmentEdit edit, string annotator) => Write(() =>
    {
        var undone = Scalar("SELECT count(*) FROM decisions WHERE supersedes = $id AND kind = 'undo'", ("$id", edit.FirstDecisionId)) > 0;
        if (undone || !MayRealign(edit.Change.First, edit.Change.FirstAfter, annotator) || !MayRealign(edit.Change.Second, edit.Change.SecondAfter, annotator))
        {
            return false;
        }
        var at = NowToTheMillisecond();
        InsertDecision(new Decision(0, edit.Change.First, DecisionKind.Undo, null, annotator, at, null, edit.FirstDecisionId));
        InsertDecision(new Decision(0, edit.Change.Second, DecisionKind.Undo, null, annotator, at, null, edit.SecondDecisionId));
        WriteTexts(edit.Change.First, edit.Change.FirstBefore);
        WriteTexts(edit.Change.Second, edit.Change.SecondBefore);
        return true;
    });

    public IReadOnlyList<AlignmentEdit> AlignmentEdits(PairId pair) =>
        AlignmentEditsWhere("a.first_pair = $pair OR a.second_pair = $pair", ("$pair", pair.Value));

    public AlignedTexts? OriginalAlignment(PairId pair)
    {
        using var command = Command("SELECT source, target, suggestion FROM original_alignment WHERE pair_id = $pair", ("$pair", pair.Value));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new AlignedTexts(StoredText.ReadRequired(reader, 0), StoredText.ReadRequired(reader, 1), StoredText.Read(reader, 2))
            : null;
    }

    /// <summary>Each touched pair's original texts come from its first change's record, which keeps the encoding repair too.</summary>
    public IReadOnlyList<RealignedPair> RealignedPairs()
    {
        using var command = Command("""
            SELECT p.external_id, a.first_pair = p.id, a.before_texts, p.source, p.target, p.suggestion
            FROM original_alignment o JOIN pairs p ON p.id = o.pair_id
            JOIN alignment_edits a ON a.decision_id = (SELECT min(e.decision_id) FROM alignment_edits e
                                                       WHERE e.first_pair = o.pair_id OR e.second_pair = o.pair_id)
            ORDER BY p.id
            """);
        using var reader = command.ExecuteReader();
        var pairs = new List<RealignedPair>();
        while (reader.Read())
        {
            var (first, second) = AlignmentJson.Read(reader.GetString(2));
            var current = new AlignedTexts(StoredText.ReadRequired(reader, 3), StoredText.ReadRequired(reader, 4), StoredText.Read(reader, 5));
            pairs.Add(new RealignedPair(reader.GetString(0), reader.GetInt64(1) != 0 ? first : second, current));
        }
        return pairs;
    }

    // CROSS JOIN keeps SQLite's planner from walking every pending pair (a million rows, ~170 ms on
    // each status-line refresh) to probe the few realigned ones: every emptied pair is in original_alignment.
    public long EmptiedPairs() =>
        Scalar("SELECT count(*) FROM original_alignment o CROSS JOIN pairs p ON p.id = o.pair_id WHERE p.status = 'pending' AND p.source = '' AND p.target = ''");

    /// <summary>Whether the pair still holds <paramref name="expected"/>, is undecided and nobody else holds it; read inside the write.</summary>
    private bool MayRealign(PairId id, AlignedTexts expected, string annotator)
    {
        if (GetPair(id) is not { } pair || AlignedTexts.Of(pair) != expected)
        {
            return false;
        }
        var holder = LiveClaimant(id);
        return (holder is null || holder == annotator)
            && Scalar("SELECT count(*) FROM pairs WHERE id = $id AND status = 'pending' AND decision_id IS NULL AND deciders = 0", ("$id", id.Value)) == 1;
    }

    /// <summary>The change's row, naming the realign decisions recorded on its two pairs.</summary>
    internal void InsertAlignmentEdit(long firstDecision, long secondDecision, AlignmentChange change)
    {
        using var insert = Command("""
            INSERT INTO alignment_edits (decision_id, second_decision_id, operation, first_pair, second_pair, before_texts, after_texts)
            VALUES ($first, $second, $operation, $first_pair, $second_pair, $before, $after)
            """, ("$first", firstDecision), ("$second", secondDecision), ("$operation", AlignmentNames.Of(change.Operation)),
            ("$first_pair", change.First.Value), ("$second_pair", change.Second.Value),
            ("$before", AlignmentJson.Write(change.FirstBefore, change.SecondBefore)), ("$after", AlignmentJson.Write(change.FirstAfter, change.SecondAfter)));
        insert.ExecuteNonQuery();
    }

    internal void KeepOriginal(PairId pair, AlignedTexts texts)
    {
        using var command = Command(
            "INSERT INTO original_alignment (pair_id, source, target, suggestion) VALUES ($pair, $source, $target, $suggestion) ON CONFLICT DO NOTHING",
            ("$pair", pair.Value), ("$source", StoredText.Value(texts.Source)), ("$target", StoredText.Value(texts.Target)),
            ("$suggestion", StoredText.Value(texts.Suggestion)));
        command.ExecuteNonQuery();
    }

    private void WriteTexts(PairId pair, AlignedTexts texts)
    {
        using var command = Command("""
            UPDATE pairs SET source = $source, target = $target, suggestion = $suggestion, original_target = $original, repair_json = $repair
            WHERE id = $id
            """, ("$source", StoredText.Value(texts.Source)), ("$target", StoredText.Value(texts.Target)),
            ("$suggestion", StoredText.Value(texts.Suggestion)), ("$original", StoredText.Value(texts.OriginalTarget)),
            ("$repair", StoredText.Value(texts.RepairJson)), ("$id", pair.Value));
        command.ExecuteNonQuery();
    }

    private List<AlignmentEdit> AlignmentEditsWhere(string condition, (string, object?) parameter, bool newestFirst = false)
    {
        using var command = Command($"""
            SELECT {AlignmentColumns} FROM alignment_edits a JOIN decisions d ON d.id = a.decision_id
            WHERE {condition} ORDER BY a.decision_id {(newestFirst ? "DESC LIMIT 1" : "")}
            """, parameter);
        using var reader = command.ExecuteReader();
        var edits = new List<AlignmentEdit>();
        while (reader.Read())
        {
            edits.Add(AlignmentEdit.FromStored(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), DecisionTime.Read(reader.GetString(8)), reader.GetInt64(9) != 0));
        }
        return edits;
    }
}
