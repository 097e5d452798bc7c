using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Reads a file in the shape of review's own JSONL export, recognised when the first record has
/// exactly the export's twelve keys (in any order), or those and <c>decisions</c> (an export
/// <c>--with-decisions</c>, whose per-annotator list is restored whole, see <see cref="ExportedHistory"/>). The pair is what was imported
/// (<c>original_target</c> is the target as received, <c>metadata</c> is kept as written), and
/// the status, final text, annotator, time and note come along to be recorded as its decision.
/// One language pair per file: the first record's, unless <c>--lang</c> gives one.
/// </summary>
internal sealed class ExportedRecords(LanguagePair? givenLanguages)
{
    public const string Reason = "detected: review export, decisions restored";

    private static readonly string[] Keys =
    [
        "id", "source", "target", "status", "original_target", "suggestion",
        "annotator", "decided_at", "note", "source_lang", "target_lang", "metadata",
    ];

    private const string TeamKey = "decisions";

    private LanguagePair? _languages;

    public static bool Matches(List<JsonField> fields) =>
        fields.Count - (fields.Exists(f => f.Name == TeamKey) ? 1 : 0) == Keys.Length && Keys.All(key => fields.Exists(f => f.Name == key));

    public FieldChoice Choice(JsonRecord first)
    {
        _languages = new LanguagePair(first.Required("source_lang"), first.Required("target_lang"));
        return new FieldChoice("source", "original_target", "suggestion", "id", _languages, Reason);
    }

    public PairRecord Read(JsonRecord record)
    {
        RequireKeys(record);
        RequireLanguages(record);
        return new PairRecord(
            record.LineNumber,
            record.Id("id"),
            record.Required("source"),
            record.Required("original_target"),
            record.Optional("suggestion"),
            Metadata(record))
        {
            Exported = State(record),
        };
    }

    private static void RequireKeys(JsonRecord record)
    {
        foreach (var field in record.Fields)
        {
            if (Array.IndexOf(Keys, field.Name) < 0 && field.Name != TeamKey)
            {
                throw record.Error($"unexpected field \"{field.Name}\": a review export has exactly the keys {string.Join(", ", Keys)}");
            }
        }
        foreach (var key in Keys)
        {
            if (record.IndexOf(key) < 0)
            {
                throw record.Error($"missing field \"{key}\"");
            }
        }
    }

    private void RequireLanguages(JsonRecord record)
    {
        var languages = new LanguagePair(record.Required("source_lang"), record.Required("target_lang"));
        if (givenLanguages is null && languages != _languages)
        {
            throw record.Error(
                $"languages {languages} differ from the first record's {_languages}; one import holds one language pair: " +
                "split the file by source_lang and target_lang, or pass --lang");
        }
    }

    private static string? Metadata(JsonRecord record)
    {
        var field = record.Fields[record.IndexOf("metadata")];
        if (field.IsNull)
        {
            return null;
        }
        var json = record.Raw(field);
        return json.StartsWith('{') ? json : throw record.Error("field \"metadata\" is not a JSON object or null");
    }

    private static ExportedState State(JsonRecord record)
    {
        var state = Final(record);
        var index = record.IndexOf(TeamKey);
        if (index < 0)
        {
            return state;
        }
        var current = TeamDecisionsReader.Read(record.Utf8(record.Fields[index]), out var problem) ?? throw record.Error(problem!);
        return state with { History = ExportedHistory.FromCurrent(state, current) };
    }

    private static ExportedState Final(JsonRecord record) =>
        ExportedStates.From(
            record.Required("status"),
            record.Required("target"),
            record.Optional("annotator"),
            record.Optional("decided_at"),
            record.Optional("note"),
            new ExportedStates.Names("annotator", "decided_at", "note", "null"),
            out var problem) ?? throw record.Error(problem!);
}
