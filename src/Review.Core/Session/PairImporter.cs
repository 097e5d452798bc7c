using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;

namespace Review.Core.Session;

/// <summary>
/// Streams one input into the store in a single transaction: any problem rolls the whole file back.
/// Every pair passes through <see cref="PairEnrichment"/>, the one place where a record becomes what is stored.
/// </summary>
public sealed class PairImporter
{
    private const int DuplicateExamples = 5;

    /// <summary>The first chunk tunes repair and checks (the encoding scheme, the length-ratio band).</summary>
    private const int TuningChunkSize = 1024;

    /// <summary>
    /// Later records go through repair and checks this many at a time: no more than the prefetch
    /// queues hold, so that reading, enriching and inserting a chunk overlap instead of taking turns.
    /// </summary>
    private const int ChunkSize = 256;

    private static readonly int ChunksInFlight = Environment.ProcessorCount;
    private const string DuplicateReason = "duplicate id";

    private readonly IImportSink _store;
    private readonly ImportRequest _request;

    public PairImporter(IImportSink store, ImportRequest request)
    {
        _store = store;
        _request = request;
    }

    /// <summary>Called now and then with (bytes read, total bytes) while a file streams in.</summary>
    public Action<long, long>? Progress { get; init; }

    public ImportResult Import(ImportInput input)
    {
        // Hashing a large file takes a while; it runs beside the import, which is rolled back as
        // soon as the hash shows the content was imported before.
        var hashing = Task.Factory.StartNew(() => ContentHash.Of(input.Paths), TaskCreationOptions.LongRunning);
        try
        {
            return Import(input, hashing);
        }
        finally
        {
            // A failed import must not leave the hash reading the file after it has returned.
            ((IAsyncResult)hashing).AsyncWaitHandle.WaitOne();
        }
    }

    private ImportResult Import(ImportInput input, Task<string> hashing)
    {
        using var reader = PairReaders.Open(input, _request.Fields, _request.Languages);
        using var records = Prefetch.Ahead(reader.Records()).GetEnumerator();
        var hashChecked = false;
        // Whether an earlier import had the same content; asks the store once, as soon as the hash
        // is ready (or when told to wait for it).
        bool SeenBefore(bool wait)
        {
            if (hashChecked || !(wait || hashing.IsCompleted))
            {
                return false;
            }
            hashChecked = true;
            return _store.FindImport(hashing.GetAwaiter().GetResult()) is not null;
        }

        var chunk = NextChunk(records, input, TuningChunkSize);
        if (SeenBefore(wait: chunk.Count == 0))
        {
            return AlreadyImported(input);
        }
        if (chunk.Count == 0)
        {
            throw new InputException(input.Paths[0], null, "empty file: no pairs found");
        }
        if (_request.AlignSentences && chunk[0].Exported is not null)
        {
            throw new InputException(input.Paths[0], chunk[0].Line, "--align sentences does not apply to review's own export (its pairs are aligned already)");
        }
        var (languages, languageNote) = ImportLanguages.Resolve(_request.Languages, reader, PairEnrichment.RepairedTargets(chunk, _request).ToList());
        var enrichment = PairEnrichment.Plan(chunk, reader.TargetName, languages, _request);
        var restored = chunk[0].Exported is null ? null : new RestoredTargets(_request, languages, reader.TargetName);
        using var batch = _store.BeginImport(input.DisplayName, null, PairFormats.Of(input.Format), languages.Source, languages.Target);
        var tally = new ImportTally();
        // Repair and checks run a chunk ahead on a worker while this thread inserts, so the CPU they
        // cost overlaps with the store's instead of adding to it.
        foreach (var pair in Prefetch.Ahead(Enriched(records, input, enrichment, restored, chunk)))
        {
            Add(batch, pair, tally, input.Paths[0]);
            if (SeenBefore(wait: false))
            {
                return AlreadyImported(input);
            }
            if (Progress is not null && tally.Read % 4096 == 0)
            {
                Progress(reader.BytesRead, reader.TotalBytes);
            }
        }
        Progress?.Invoke(reader.TotalBytes, reader.TotalBytes);
        if (SeenBefore(wait: true))
        {
            return AlreadyImported(input);
        }
        RefuseDuplicates(input, tally);
        batch.Commit(hashing.GetAwaiter().GetResult());
        return new ImportResult(input, reader.Description, languages, false, tally.Read, tally.Imported, tally.SkippedByReason(DuplicateReason), tally.Examples)
        {
            RepairReport = enrichment.RepairReport,
            CheckProfile = enrichment.Profile,
            RestoreReport = restored is null ? null : RestoreReport(tally, restored),
            SentenceCountsDiffer = enrichment.SentenceCountsDiffer,
            AlignedSentences = _request.AlignSentences,
            Notes = languageNote is null ? reader.Notes : [languageNote, .. reader.Notes],
        };
    }

    private ImportResult AlreadyImported(ImportInput input) =>
        new(input, "already imported", _request.Languages ?? LanguagePair.Default, true, 0, 0, new Dictionary<string, long>(), []);

    private static IEnumerable<NewPair> Enriched(
        IEnumerator<PairRecord> records, ImportInput input, PairEnrichment enrichment, RestoredTargets? restored, List<PairRecord> first)
    {
        // Checked chunks side by side on the pool, one per core, taken back in order: whichever of
        // reading, checking and inserting is behind gets the idle core. Without checks a chunk is
        // too little work to hand over.
        var inFlight = new Queue<Task<NewPair[]>>();
        for (var chunk = first; chunk.Count > 0; chunk = NextChunk(records, input, ChunkSize))
        {
            var work = enrichment.Prepare(chunk);
            inFlight.Enqueue(enrichment.Checks ? Task.Run(work) : Task.FromResult(work()));
            if (inFlight.Count < ChunksInFlight)
            {
                continue;
            }
            foreach (var pair in Finished(inFlight.Dequeue(), restored))
            {
                yield return pair;
            }
        }
        while (inFlight.Count > 0)
        {
            foreach (var pair in Finished(inFlight.Dequeue(), restored))
            {
                yield return pair;
            }
        }
    }

    private static NewPair[] Finished(Task<NewPair[]> chunk, RestoredTargets? restored)
    {
        var pairs = chunk.GetAwaiter().GetResult();
        return restored is null ? pairs : restored.Apply(pairs);
    }

    /// <summary>Up to <paramref name="size"/> records, with their ids; empty at the end of the input.</summary>
    private static List<PairRecord> NextChunk(IEnumerator<PairRecord> records, ImportInput input, int size)
    {
        var chunk = new List<PairRecord>(size);
        while (chunk.Count < size && records.MoveNext())
        {
            chunk.Add(WithId(records.Current, input));
        }
        return chunk;
    }

    private static PairRecord WithId(PairRecord record, ImportInput input) => record.Id is null
        ? record with { Id = input.GeneratedId(record.Line) }
        : record;

    private static void Add(IImportBatch batch, NewPair pair, ImportTally tally, string file)
    {
        var record = pair.Record;
        tally.Read++;
        if (batch.TryAdd(pair, out var pairId))
        {
            tally.Imported++;
            if (record.Exported is { History: { } history } exported)
            {
                var (complete, effective) = ExportedHistory.Complete(exported, history);
                try
                {
                    RestoredHistory.Validate(complete, effective);
                }
                catch (ArgumentException e)
                {
                    throw new InputException(file, record.Line, $"the history cannot be restored: {e.Message.Split(" (Parameter")[0]}");
                }
                batch.AddHistory(pairId, complete, effective);
                tally.Decisions += complete.Count;
            }
            else if (record.Exported is { Kind: { } kind } state)
            {
                batch.AddDecision(pairId, kind, state.FinalTarget, state.Annotator!, state.DecidedAt!.Value, state.Note);
                tally.Decisions++;
            }
            return;
        }
        tally.Duplicates++;
        tally.FirstDuplicateLine ??= record.Line;
        if (tally.Examples.Count < DuplicateExamples)
        {
            tally.Examples.Add($"\"{record.Id}\" (line {record.Line})");
        }
    }

    private static string RestoreReport(ImportTally tally, RestoredTargets restored)
    {
        var kept = restored.Kept == 0
            ? ""
            : $"; {restored.Kept} pairs keep the target under review shown in the file, which differs from what the repair gives";
        return $"restored {tally.Decisions} decisions from a review export{kept}";
    }

    private void RefuseDuplicates(ImportInput input, ImportTally tally)
    {
        if (tally.Duplicates == 0 || _request.OnDuplicate == DuplicatePolicy.Skip)
        {
            return;
        }
        var more = tally.Duplicates > tally.Examples.Count ? $" and {tally.Duplicates - tally.Examples.Count} more" : "";
        throw new InputException(
            input.Paths[0],
            tally.FirstDuplicateLine,
            $"{tally.Duplicates} duplicate ids (already in this file or in the database): {string.Join(", ", tally.Examples)}{more}; " +
            "nothing was imported; pass --on-duplicate skip to import the rest");
    }
}
