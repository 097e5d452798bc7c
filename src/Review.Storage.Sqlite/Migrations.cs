namespace Review.Storage.Sqlite;

/// <summary>
/// The schema as it grew, in order. Never edit a published step: add a new one. The version lives
/// in <c>PRAGMA user_version</c>; <c>PRAGMA application_id</c> marks the file as ours so that a
/// foreign SQLite file is refused instead of being written to.
/// </summary>
internal static class Migrations
{
    // "REVW" in ASCII.
    public const int ApplicationId = 0x52455657;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "imports, pairs and the decision history", """
            CREATE TABLE imports (
                id           INTEGER PRIMARY KEY,
                file_name    TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                format       TEXT NOT NULL,
                source_lang  TEXT NOT NULL,
                target_lang  TEXT NOT NULL,
                pair_count   INTEGER NOT NULL,
                at           TEXT NOT NULL
            );
            CREATE UNIQUE INDEX imports_content_hash ON imports (content_hash);

            -- id is both the PairId and the dense 1-based corpus position (ord): pairs are only
            -- ever appended under the write lock and never deleted, so the rowid is the position
            -- and keyset navigation needs no second index. The small columns come first so that
            -- reading a status never touches the overflow pages of long texts.
            CREATE TABLE pairs (
                id              INTEGER PRIMARY KEY,
                status          TEXT NOT NULL DEFAULT 'pending',
                decision_id     INTEGER,
                import_id       INTEGER NOT NULL REFERENCES imports (id),
                external_id     TEXT NOT NULL,
                source_lang     TEXT NOT NULL,
                target_lang     TEXT NOT NULL,
                source          TEXT NOT NULL,
                target          TEXT NOT NULL,
                original_target TEXT,
                suggestion      TEXT,
                metadata_json   TEXT,
                repair_json     TEXT
            );
            CREATE UNIQUE INDEX pairs_external_id ON pairs (external_id);
            -- Next-pending walks this partial index: it holds pending pairs only, in corpus order.
            CREATE INDEX pairs_pending ON pairs (id) WHERE status = 'pending';

            -- Append-only: rows are inserted, never updated or deleted. pairs.status and
            -- pairs.decision_id are derived from it in the same transaction as each insert.
            CREATE TABLE decisions (
                id           INTEGER PRIMARY KEY,
                pair_id      INTEGER NOT NULL REFERENCES pairs (id),
                kind         TEXT NOT NULL,
                final_target TEXT,
                annotator    TEXT NOT NULL,
                at           TEXT NOT NULL,
                note         TEXT,
                supersedes   INTEGER REFERENCES decisions (id)
            );
            CREATE INDEX decisions_pair ON decisions (pair_id, id);
            CREATE INDEX decisions_annotator ON decisions (annotator, id);
            """),
        new(2, "resume positions and claims for several annotators", """
            CREATE TABLE positions (
                annotator TEXT PRIMARY KEY,
                pair_id   INTEGER NOT NULL REFERENCES pairs (id),
                at        TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE claims (
                pair_id    INTEGER PRIMARY KEY REFERENCES pairs (id),
                annotator  TEXT NOT NULL,
                expires_ms INTEGER NOT NULL
            );
            """),
        new(3, "check findings", """
            CREATE TABLE findings (
                id           INTEGER PRIMARY KEY,
                pair_id      INTEGER NOT NULL REFERENCES pairs (id),
                check_id     TEXT NOT NULL,
                severity     TEXT NOT NULL,
                message      TEXT NOT NULL,
                source_spans TEXT NOT NULL,
                target_spans TEXT NOT NULL,
                suggestion   TEXT
            );
            CREATE INDEX findings_pair ON findings (pair_id);
            """),
        new(4, "pair counts per status, kept by a trigger", """
            -- Progress is shown on every frame; counting a million pairs each time would not do.
            -- The trigger follows every status change; an import adds its pairs to 'pending'.
            CREATE TABLE status_counts (
                status TEXT PRIMARY KEY,
                pairs  INTEGER NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO status_counts (status, pairs) VALUES
                ('pending', 0), ('accepted', 0), ('fixed', 0), ('edited', 0), ('rejected', 0), ('skipped', 0);
            UPDATE status_counts SET pairs = (SELECT count(*) FROM pairs WHERE pairs.status = status_counts.status);
            CREATE TRIGGER pairs_status_counts AFTER UPDATE OF status ON pairs
            WHEN old.status IS NOT new.status
            BEGIN
                UPDATE status_counts SET pairs = pairs - 1 WHERE status = old.status;
                UPDATE status_counts SET pairs = pairs + 1 WHERE status = new.status;
            END;
            """),
        new(5, "which hunks of the suggestion a decision took", """
            ALTER TABLE decisions ADD COLUMN hunks TEXT;
            """),
        new(6, "the team queue: overlap, slices, decisions in force per pair", """
            -- Settings a team shares, e.g. overlap (how many annotators must decide each pair).
            CREATE TABLE settings (
                name  TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            -- Under overlap: how many annotators have a decision in force on the pair. Kept by the
            -- overlap decisions only (overlap can change only before the first decision), so it is
            -- 0 on a database that never used overlap. A constant default adds it without a rewrite.
            ALTER TABLE pairs ADD COLUMN deciders INTEGER NOT NULL DEFAULT 0;
            -- Pairs some annotators decided and more must: the queue hands these out first.
            CREATE INDEX pairs_started ON pairs (id) WHERE status = 'pending' AND deciders > 0;

            -- review assign: whose slice each pair is in.
            CREATE TABLE slices (
                pair_id   INTEGER PRIMARY KEY REFERENCES pairs (id),
                annotator TEXT NOT NULL
            );
            CREATE INDEX slices_annotator ON slices (annotator, pair_id);

            -- Whether an undo cancelled a decision, asked by the overlap undo.
            CREATE INDEX decisions_supersedes ON decisions (supersedes) WHERE supersedes IS NOT NULL;
            """),
        new(7, "the role a decision was made in: an annotator's judgement or an adjudicator's final word", """
            -- NULL is an annotation (every decision made before adjudication existed); 'adjudication'
            -- marks the decision that settles a pair the annotators disagreed on.
            ALTER TABLE decisions ADD COLUMN role TEXT;
            """),
        new(8, "changes of alignment: what each merge, split and shift replaced, and the pairs as imported", """
            -- Append-only, as decisions are: a change records a 'realign' decision on each of its two
            -- pairs, and its row here keeps both pairs' texts before and after (AlignmentJson). An
            -- undo appends undo decisions superseding both realign decisions, and this row stays.
            CREATE TABLE alignment_edits (
                decision_id        INTEGER PRIMARY KEY REFERENCES decisions (id),
                second_decision_id INTEGER NOT NULL REFERENCES decisions (id),
                operation          TEXT NOT NULL,
                first_pair         INTEGER NOT NULL REFERENCES pairs (id),
                second_pair        INTEGER NOT NULL REFERENCES pairs (id),
                before_texts       TEXT NOT NULL,
                after_texts        TEXT NOT NULL
            );
            CREATE INDEX alignment_edits_first ON alignment_edits (first_pair);
            CREATE INDEX alignment_edits_second ON alignment_edits (second_pair);
            CREATE INDEX decisions_realign ON decisions (annotator, id) WHERE kind = 'realign';

            -- A pair's texts before the first change of alignment touched it, written once, for
            -- review export --original-alignment.
            CREATE TABLE original_alignment (
                pair_id    INTEGER PRIMARY KEY REFERENCES pairs (id),
                source     TEXT NOT NULL,
                target     TEXT NOT NULL,
                suggestion TEXT
            );
            """),
    ];

    public static int Latest => All[^1].Version;
}
