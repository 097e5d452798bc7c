using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string AlignmentColumns =
        "a.decision_id, a.second_decision_id, a.operation, a.first_pair, a.second_pair, a.before_texts, a.after_texts, d.annotator, d.at, " +
        "EXISTS (SELECT 1 FROM decisions u WHERE u.supersedes = a.decision_id AND u.kind = 'undo')";

    public AlignmentEdit? Realign(AlignmentChange change, string annotator) => Write("change the alignment", () =>
    {
        LockPairs(change.First, change.Second);
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
    public AlignmentEdit? LatestRealign(string annotator) => Guard("read the database", () => AlignmentEditsWhere("""
        d.annotator = @annotator AND d.kind = 'realign'
        AND NOT EXISTS (SELECT 1 FROM decisions u WHERE u.supersedes = a.decision_id AND u.kind = 'undo')
        AND NOT EXISTS (SELECT 1 FROM decisions e WHERE e.annotator = @annotator AND e.id > a.decision_id
                        AND e.id = (SELECT p.decision_id FROM pairs p WHERE p.id = e.pair_id))
        """, ("annotator", annotator), newestFirst: true).FirstOrDefault());

    public bool UndoRealign(AlignmentEdit edit, string annotator) => Write("undo the change of alignment", () =>
    {
        LockPairs(edit.Change.First, edit.Change.Second);
        var undone = Scalar("SELECT count(*) FROM decisions WHERE supersedes = @id AND kind = 'undo'", ("id", edit.FirstDecisionId)) > 0;
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

    public IReadOnlyList<AlignmentEdit> AlignmentEdits(PairId pair) => Guard("read the database", () =>
        AlignmentEditsWhere("a.first_pair = @pair OR a.second_pair = @pair", ("pair", pair.Value)));

    public AlignedTexts? OriginalAlignment(PairId pair) => Guard("read the database", () =>
    {
        using var command = Command("SELECT raw_fields, source, target, suggestion FROM original_alignment WHERE pair_id = @pair", ("pair", pair.Value));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var raw = reader.GetInt32(0);
        return new AlignedTexts(PgRows.Text(reader, 1, raw, PgRows.SourceBit)!, PgRows.Text(reader, 2, raw, PgRows.TargetBit)!,
            PgRows.Text(reader, 3, raw, PgRows.SuggestionBit));
    });

    /// <summary>Each touched pair's original texts come from its first change's record, which keeps the encoding repair too.</summary>
    public IReadOnlyList<RealignedPair> RealignedPairs() => Guard("read the database", () =>
    {
        using var command = Command("""
            SELECT p.external_id, p.raw_fields, a.first_pair = p.id, a.before_texts, p.source, p.target, p.suggestion
            FROM original_alignment o JOIN pairs p ON p.id = o.pair_id
            JOIN alignment_edits a ON a.decision_id = (SELECT min(e.decision_id) FROM alignment_edits e
                                                       WHERE e.first_pair = o.pair_id OR e.second_pair = o.pair_id)
            ORDER BY p.ord
            """);
        using var reader = command.ExecuteReader();
        var pairs = new List<RealignedPair>();
        while (reader.Read())
        {
            var raw = reader.GetInt32(1);
            var id = PgRows.Text(reader, 0, raw, PgRows.ExternalIdBit)!;
            var (first, second) = AlignmentJson.Read(reader.GetString(3));
            var current = new AlignedTexts(PgRows.Text(reader, 4, raw, PgRows.SourceBit)!, PgRows.Text(reader, 5, raw, PgRows.TargetBit)!,
                PgRows.Text(reader, 6, raw, PgRows.SuggestionBit));
            pairs.Add(new RealignedPair(id, reader.GetBoolean(2) ? first : second, current));
        }
        return pairs;
    });

    public long EmptiedPairs() => Guard("read the database", () =>
        Scalar($"SELECT count(*) FROM original_alignment o JOIN pairs p ON p.id = o.pair_id WHERE p.status = 'pending' AND {EmptiedByMerge}"));

    // In id order, so two changes over overlapping pairs lock them in the same order and never deadlock.
    private void LockPairs(PairId first, PairId second) =>
        Execute("SELECT id FROM pairs WHERE id IN (@first, @second) ORDER BY id FOR NO KEY UPDATE", ("first", first.Value), ("second", second.Value));

    /// <summary>Whether the pair still holds <paramref name="expected"/>, is undecided and nobody else holds it; read under its row lock.</summary>
    private bool MayRealign(PairId id, AlignedTexts expected, string annotator)
    {
        if (GetPair(id) is not { } pair || AlignedTexts.Of(pair) != expected)
        {
            return false;
        }
        var holder = LiveClaimant(id);
        return (holder is null || holder == annotator)
            && Scalar("SELECT count(*) FROM pairs WHERE id = @id AND status = 'pending' AND decision_id IS NULL AND deciders = 0", ("id", id.Value)) == 1;
    }

    /// <summary>The change's row, naming the realign decisions recorded on its two pairs.</summary>
    internal void InsertAlignmentEdit(long firstDecision, long secondDecision, AlignmentChange change) => Execute("""
        INSERT INTO alignment_edits (decision_id, second_decision_id, operation, first_pair, second_pair, before_texts, after_texts)
        VALUES (@first, @second, @operation, @first_pair, @second_pair, @before, @after)
        """, ("first", firstDecision), ("second", secondDecision), ("operation", AlignmentNames.Of(change.Operation)),
        ("first_pair", change.First.Value), ("second_pair", change.Second.Value),
        ("before", AlignmentJson.Write(change.FirstBefore, change.SecondBefore)), ("after", AlignmentJson.Write(change.FirstAfter, change.SecondAfter)));

    internal void KeepOriginal(PairId pair, AlignedTexts texts)
    {
        var (values, raw) = PgRows.Encode((texts.Source, PgRows.SourceBit), (texts.Target, PgRows.TargetBit), (texts.Suggestion, PgRows.SuggestionBit));
        Execute("""
            INSERT INTO original_alignment (pair_id, raw_fields, source, target, suggestion) VALUES (@pair, @raw, @source, @target, @suggestion)
            ON CONFLICT (pair_id) DO NOTHING
            """, ("pair", pair.Value), ("raw", raw), ("source", values[0]), ("target", values[1]), ("suggestion", values[2]));
    }

    private void WriteTexts(PairId pair, AlignedTexts texts)
    {
        const int Moved = PgRows.SourceBit | PgRows.TargetBit | PgRows.SuggestionBit | PgRows.OriginalTargetBit | PgRows.RepairBit;
        var (values, raw) = PgRows.Encode((texts.Source, PgRows.SourceBit), (texts.Target, PgRows.TargetBit), (texts.Suggestion, PgRows.SuggestionBit),
            (texts.OriginalTarget, PgRows.OriginalTargetBit), (texts.RepairJson, PgRows.RepairBit));
        Execute("""
            UPDATE pairs SET source = @source, target = @target, suggestion = @suggestion, original_target = @original, repair_json = @repair,
                             raw_fields = (raw_fields & ~@moved) | @raw
            WHERE id = @id
            """, ("source", values[0]), ("target", values[1]), ("suggestion", values[2]), ("original", values[3]), ("repair", values[4]),
            ("moved", Moved), ("raw", raw), ("id", pair.Value));
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
                reader.GetString(5), reader.GetString(6), reader.GetString(7), PgRows.Time(reader, 8), reader.GetBoolean(9)));
        }
        return edits;
    }
}
