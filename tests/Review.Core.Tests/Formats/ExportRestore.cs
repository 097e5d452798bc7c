using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

/// <summary>
/// Builds a database whose pairs hold every status, exports it, and imports an export into a
/// fresh database, all through the real importer, store and exporter.
/// </summary>
internal sealed class ExportRestore(TempFolder folder)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 30, 15, 123, TimeSpan.Zero);

    public ImportResult Import(string db, string file, ImportRequest? request = null, FieldOptions? fields = null, PairFormat format = PairFormat.Jsonl)
    {
        using var store = ReviewStore.Open(folder.File(db));
        var given = request ?? ImportRequest.Default;
        return new PairImporter(store, fields is null ? given : given with { Fields = fields }).Import(new ImportInput(format, [file]));
    }

    public string Export(string db, string file, IReadOnlySet<PairStatus>? statuses = null, PairFormat format = PairFormat.Jsonl)
    {
        using var store = ReviewStore.Open(folder.File(db));
        PairExporter.Export(store.ExportRows(statuses), new ExportRequest(folder.File(file), format, false));
        return folder.File(file);
    }

    /// <summary>Imports <paramref name="input"/> and records every kind of decision, with times to the millisecond and notes.</summary>
    public void Decide(string db, string input, ImportRequest? request = null)
    {
        Import(db, input, request);
        var clock = new ManualClock(Start);
        using var store = ReviewStore.Open(folder.File(db), StoreOptions.Default with { Clock = clock });
        void At(int pair, DecisionKind kind, string? text, string annotator, string? note = null)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1_501));
            store.Decide(new PairId(pair), kind, text, annotator, note);
        }
        At(1, DecisionKind.Accept, null, "ana");
        // The sample corpus has no suggestions; the store then takes the text it is given.
        At(2, DecisionKind.TakeSuggestion, store.GetPair(new PairId(2))!.Suggestion is null ? "suggested" : null, "ana", "took \"it\"\n\tbecause \\ ok");
        At(3, DecisionKind.Edit, "edited \ud800 lone\t\"q\" 😀", "ben", "🇰🇷 note \udc00");
        At(4, DecisionKind.Reject, null, "ben", "garbage\r\n");
        At(5, DecisionKind.Skip, null, "ana");
        At(7, DecisionKind.Edit, "to be undone", "ana");
        store.Undo("ana");
        At(8, DecisionKind.Accept, null, "ben");
        At(8, DecisionKind.Edit, "", "ben", "");
    }

    /// <summary>The export of <paramref name="file"/> imported into a fresh database, exported again.</summary>
    public (string Export, ImportResult Import) Again(string file, string db, ImportRequest? request = null)
    {
        var result = Import(db, file, request);
        return (Export(db, Path.GetFileNameWithoutExtension(db) + ".jsonl"), result);
    }
}
