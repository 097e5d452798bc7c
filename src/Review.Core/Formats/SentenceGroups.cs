using System.Text.Json;
using Review.Core.Align;
using Review.Core.Checks;
using Review.Core.Text;

namespace Review.Core.Formats;

/// <summary>
/// The import side of <c>--align sentences</c>: one paragraph pair becomes a pair per aligned group,
/// with id <c>PARENT#n</c>, the repaired text of its sentences, and metadata naming the parent and
/// the sentences it covers. The paragraph's suggestion and metadata do not carry over to the groups.
/// </summary>
public static class SentenceGroups
{
    /// <summary>True when the two texts have different numbers of sentences: the import advises <c>--align sentences</c>.</summary>
    public static bool CountsDiffer(string source, string target) =>
        SentenceSplitter.Split(source).Count != SentenceSplitter.Split(target).Count;

    internal static IEnumerable<NewPair> Pairs(
        ParagraphAligner aligner, PairRecord record, string target, Func<PairRecord, Finding?, NewPair> check, ref long countsDiffer)
    {
        var groups = aligner.Align(record.Id!, record.Source, target);
        if (groups.Sum(g => g.SourceSentences.Count) != groups.Sum(g => g.TargetSentences.Count))
        {
            Interlocked.Increment(ref countsDiffer);
        }
        var pairs = new NewPair[groups.Count];
        for (var n = 0; n < groups.Count; n++)
        {
            var group = groups[n];
            var groupRecord = record with
            {
                Id = group.Id,
                Source = group.Source,
                Target = group.Target,
                Suggestion = null,
                MetadataJson = Metadata(group),
            };
            pairs[n] = check(groupRecord, ParagraphAligner.FindingFor(group));
        }
        return pairs;
    }

    // Written by hand rather than serialised: reflection-based serialisation is not in the AOT binary.
    private static string Metadata(AlignedGroup group)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("parent", group.Parent);
            WriteIndexes(json, "source_sentences", group.SourceSentences);
            WriteIndexes(json, "target_sentences", group.TargetSentences);
            json.WriteString("link", group.Kind);
            json.WriteNumber("confidence", Math.Round(group.Confidence, 3));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteIndexes(Utf8JsonWriter json, string name, IReadOnlyList<int> indexes)
    {
        json.WriteStartArray(name);
        foreach (var index in indexes)
        {
            json.WriteNumberValue(index);
        }
        json.WriteEndArray();
    }
}
