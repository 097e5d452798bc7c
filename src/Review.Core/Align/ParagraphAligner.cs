using Review.Core.Checks;
using Review.Core.Text;

namespace Review.Core.Align;

/// <summary>
/// Splits paragraph pairs into sentences (<see cref="SentenceSplitter"/>) and aligns them
/// (<see cref="SentenceAligner"/>), tuned on the head of the corpus: the length model is calibrated
/// on it and the lexicon learnt from it, as the importer tunes the length-ratio band. Thread-safe
/// once tuned, so chunks of a corpus can be aligned side by side.
/// </summary>
public sealed class ParagraphAligner
{
    /// <summary>Links less probable than this get an <c>alignment</c> finding.</summary>
    public const double LowConfidence = 0.6;

    public const string CheckId = "alignment";

    private ParagraphAligner(SentenceAligner aligner) => Aligner = aligner;

    public SentenceAligner Aligner { get; }

    /// <summary>An aligner for a corpus in <paramref name="sourceLang"/> and <paramref name="targetLang"/>,
    /// tuned on <paramref name="head"/> (its first paragraph pairs).</summary>
    public static ParagraphAligner Tune(IEnumerable<(string Source, string Target)> head, string sourceLang, string targetLang)
    {
        var split = head.Select(p => (Sentences(p.Source), Sentences(p.Target))).ToList();
        var calibrator = new LengthModelCalibrator();
        foreach (var (source, target) in split)
        {
            calibrator.Add(source, target);
        }
        var model = calibrator.Model(LengthModel.Default(sourceLang, targetLang));
        return new ParagraphAligner(AlignerTraining.Train(model, split.Select(p => ((IReadOnlyList<string>)p.Item1, (IReadOnlyList<string>)p.Item2))));
    }

    /// <summary>The aligned groups of one paragraph pair, in order.</summary>
    public IReadOnlyList<AlignedGroup> Align(string parent, string source, string target)
    {
        var sourceSpans = SentenceSplitter.Split(source);
        var targetSpans = SentenceSplitter.Split(target);
        var links = Aligner.Align(Texts(source, sourceSpans), Texts(target, targetSpans));
        var groups = new AlignedGroup[links.Length];
        for (var n = 0; n < links.Length; n++)
        {
            var link = links[n];
            groups[n] = new AlignedGroup(
                $"{parent}#{n + 1}",
                parent,
                Joined(source, sourceSpans, link.SourceStart, link.SourceCount),
                Joined(target, targetSpans, link.TargetStart, link.TargetCount),
                Enumerable.Range(link.SourceStart, link.SourceCount).ToArray(),
                Enumerable.Range(link.TargetStart, link.TargetCount).ToArray(),
                link.Confidence);
        }
        return groups;
    }

    /// <summary>The <c>alignment</c> finding of a group the reviewer should look at first, or null.</summary>
    public static Finding? FindingFor(AlignedGroup group)
    {
        if (group.SourceSentences.Count == 0)
        {
            return new Finding(CheckId, Severity.Warning, "target sentence with no source sentence (0-1 link)", [], []);
        }
        if (group.TargetSentences.Count == 0)
        {
            return new Finding(CheckId, Severity.Warning, "source sentence with no translation (1-0 link)", [], []);
        }
        return group.Confidence < LowConfidence
            ? new Finding(CheckId, Severity.Warning, $"uncertain {group.Kind} sentence link (confidence {group.Confidence:0.00})", [], [])
            : null;
    }

    private static List<string> Sentences(string text) => Texts(text, SentenceSplitter.Split(text));

    private static List<string> Texts(string text, List<TextToken> spans) =>
        spans.Select(s => text.Substring(s.Start, s.Length).TrimEnd()).ToList();

    private static string Joined(string text, List<TextToken> spans, int start, int count) =>
        count == 0 ? "" : text[spans[start].Start..spans[start + count - 1].End].TrimEnd();
}
