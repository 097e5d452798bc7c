using System.Buffers;
using System.Text.Json;
using Review.Core.Align;
using Review.Core.Encodings;

namespace Review.Core.Formats;

/// <summary>
/// <c>review align</c>: streams the paragraph pairs of an input, repairs a garbled target column as
/// the importer does, aligns their sentences and writes one JSONL record per aligned group into a
/// file that appears whole or not at all (<see cref="AtomicFile"/>). The aligner is tuned on the
/// head of the input; chunks are then aligned on every core and written in order.
/// </summary>
public static class CorpusAlignment
{
    private const int HeadSize = 1024;
    private const int ChunkSize = 512;
    private const int EncodingSample = 40;

    public static AlignSummary Run(ImportInput input, FieldOptions fields, LanguagePair? languages, bool repair, string outPath, bool force)
    {
        if (File.Exists(outPath) && !force)
        {
            throw new ExportException($"{outPath} already exists; pass --force to replace it");
        }
        using var reader = PairReaders.Open(input, fields, languages);
        using var records = reader.Records().GetEnumerator();
        var head = Next(records, input, HeadSize);
        if (head.Count == 0)
        {
            throw new InputException(input.Paths[0], null, "empty file: no pairs found");
        }
        var scheme = repair ? Mojibake.DetectColumn(head.Select(r => r.Target), EncodingSample).Scheme : null;
        var repairer = scheme is null ? null : new MojibakeRepairer(scheme);
        var summary = scheme is null ? null : new RepairSummary(reader.TargetName, scheme);
        var headTargets = Repaired(head, repairer, summary);
        var aligner = ParagraphAligner.Tune(head.Select((r, i) => (r.Source, headTargets[i])), reader.Languages.Source, reader.Languages.Target);

        using var file = new AtomicFile(outPath);
        var tally = new Tally();
        // Records are written into memory and handed to the file a chunk at a time: flushing the
        // JSON writer into the file for every record would flush the file as often.
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var inFlight = new Queue<Task<IReadOnlyList<AlignedGroup>[]>>();
            for (var (chunk, targets) = (head, headTargets); chunk.Count > 0;)
            {
                var (c, t) = (chunk, targets);
                inFlight.Enqueue(Task.Run(() => AlignChunk(aligner, c, t)));
                if (inFlight.Count >= Environment.ProcessorCount)
                {
                    Write(json, buffer, file.Stream, inFlight.Dequeue().GetAwaiter().GetResult(), tally);
                }
                chunk = Next(records, input, ChunkSize);
                targets = Repaired(chunk, repairer, summary);
            }
            while (inFlight.Count > 0)
            {
                Write(json, buffer, file.Stream, inFlight.Dequeue().GetAwaiter().GetResult(), tally);
            }
        }
        AtomicFileSet.Commit([file], force);
        return new AlignSummary(tally.Paragraphs, tally.Groups, tally.Kinds, tally.Flagged, tally.CountsDiffer, summary?.ToString());
    }

    private static IReadOnlyList<AlignedGroup>[] AlignChunk(ParagraphAligner aligner, List<PairRecord> chunk, string[] targets)
    {
        var aligned = new IReadOnlyList<AlignedGroup>[chunk.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            aligned[i] = aligner.Align(chunk[i].Id!, chunk[i].Source, targets[i]);
        }
        return aligned;
    }

    private static void Write(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream stream, IReadOnlyList<AlignedGroup>[] paragraphs, Tally tally)
    {
        foreach (var groups in paragraphs)
        {
            tally.Paragraphs++;
            var sourceCount = 0;
            var targetCount = 0;
            foreach (var group in groups)
            {
                sourceCount += group.SourceSentences.Count;
                targetCount += group.TargetSentences.Count;
                tally.Groups++;
                tally.Kinds[group.Kind] = tally.Kinds.GetValueOrDefault(group.Kind) + 1;
                var finding = ParagraphAligner.FindingFor(group);
                tally.Flagged += finding is null ? 0 : 1;
                WriteGroup(json, group, finding);
                json.Flush();
                json.Reset();
                buffer.Write("\n"u8);
            }
            tally.CountsDiffer += sourceCount == targetCount ? 0 : 1;
        }
        stream.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }

    private static void WriteGroup(Utf8JsonWriter json, AlignedGroup group, Checks.Finding? finding)
    {
        json.WriteStartObject();
        json.WriteString("id", group.Id);
        json.WriteString("source", group.Source);
        json.WriteString("target", group.Target);
        json.WriteString("parent", group.Parent);
        json.WriteStartArray("source_sentences");
        foreach (var index in group.SourceSentences)
        {
            json.WriteNumberValue(index);
        }
        json.WriteEndArray();
        json.WriteStartArray("target_sentences");
        foreach (var index in group.TargetSentences)
        {
            json.WriteNumberValue(index);
        }
        json.WriteEndArray();
        json.WriteString("link", group.Kind);
        json.WriteNumber("confidence", Math.Round(group.Confidence, 3));
        if (finding is not null)
        {
            json.WriteString("finding", finding.Message);
        }
        json.WriteEndObject();
    }

    private static string[] Repaired(List<PairRecord> chunk, MojibakeRepairer? repairer, RepairSummary? summary)
    {
        var targets = new string[chunk.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            if (repairer is null)
            {
                targets[i] = chunk[i].Target;
                continue;
            }
            var result = repairer.Repair(chunk[i].Target);
            summary!.Add(result);
            targets[i] = result.Text;
        }
        return targets;
    }

    private static List<PairRecord> Next(IEnumerator<PairRecord> records, ImportInput input, int size)
    {
        var chunk = new List<PairRecord>(size);
        while (chunk.Count < size && records.MoveNext())
        {
            var record = records.Current;
            chunk.Add(record.Id is null ? record with { Id = input.GeneratedId(record.Line) } : record);
        }
        return chunk;
    }

    private sealed class Tally
    {
        public long Paragraphs;
        public long Groups;
        public long Flagged;
        public long CountsDiffer;
        public Dictionary<string, long> Kinds { get; } = [];
    }
}
