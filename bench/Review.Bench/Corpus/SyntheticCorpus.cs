using System.Globalization;
using System.Text;

namespace Review.Bench.Corpus;

/// <summary>
/// Deterministic synthetic pairs: English sources of 50-600 characters, Korean targets of
/// roughly proportional length, and a suggested fix on about one pair in ten. No word repeats one of
/// the four before it, so no word or phrase of up to four words comes out doubled by chance: real
/// machine translation seldom doubles one, so instead one target in a hundred gets one doubled
/// word on purpose. Texts contain no
/// tab, newline or double quote, so the TSV needs no quoting and sqlite3 .import reads it the same way.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] English =
    [
        "the", "model", "translation", "data", "language", "results", "we", "propose", "a", "method", "for", "training",
        "large", "networks", "with", "attention", "performance", "improves", "on", "benchmark", "tasks", "and", "shows",
        "that", "our", "approach", "outperforms", "previous", "work", "in", "terms", "of", "accuracy", "efficiency",
        "however", "these", "experiments", "suggest", "further", "analysis", "is", "needed", "to", "understand", "why",
        "pretraining", "corpus", "tokens", "evaluation", "human", "annotators", "quality", "alignment", "sentence",
    ];

    private static readonly string[] Korean =
    [
        "모델", "번역", "데이터", "언어", "결과", "우리는", "제안한다", "방법", "학습", "대규모", "신경망", "어텐션", "성능",
        "향상", "벤치마크", "작업", "보여준다", "접근", "이전", "연구", "정확도", "효율", "그러나", "실험", "분석", "필요",
        "이해", "사전학습", "말뭉치", "토큰", "평가", "사람", "주석자", "품질", "정렬", "문장", "에서", "으로", "의", "를",
    ];

    private const int DoubledWordRate = 100;

    /// <summary>The <c>repeat</c> check looks for phrases of up to this many words.</summary>
    private const int RecentWords = 4;

    private readonly Random _random;

    public SyntheticCorpus(int seed) => _random = new Random(seed);

    public (string Id, string Source, string Target, string? Suggestion) Next(long index)
    {
        var source = Sentence(English, _random.Next(50, 601), ". ");
        var target = Sentence(Korean, Math.Max(20, source.Length * 3 / 5), ". ");
        var suggestion = _random.Next(10) == 0 ? target.Replace("의", "에", StringComparison.Ordinal) + " (수정)" : null;
        if (_random.Next(DoubledWordRate) == 0)
        {
            target = DoubleOneWord(target);
        }
        return ("syn-" + index.ToString("D8", CultureInfo.InvariantCulture), source, target, suggestion);
    }

    private string Sentence(string[] words, int length, string stop)
    {
        var text = new StringBuilder(length + 16);
        var recent = new Queue<int>(RecentWords + 1);
        while (text.Length < length)
        {
            if (text.Length > 0)
            {
                text.Append(_random.Next(12) == 0 ? stop : " ");
            }
            var word = _random.Next(words.Length);
            while (recent.Contains(word))
            {
                word = (word + 1) % words.Length;
            }
            recent.Enqueue(word);
            if (recent.Count > RecentWords)
            {
                recent.Dequeue();
            }
            text.Append(words[word]);
        }
        if (text.Length > length)
        {
            text.Length = length;
        }
        return text.ToString().TrimEnd() + ".";
    }

    /// <summary>A word picked at random, written twice; one ending a sentence would read as two sentences, so those are passed over.</summary>
    private string DoubleOneWord(string target)
    {
        var space = target.IndexOf(' ', _random.Next(target.Length));
        while (space > 0 && target[space - 1] == '.')
        {
            space = target.IndexOf(' ', space + 1);
        }
        if (space <= 0)
        {
            return target;
        }
        var start = target.LastIndexOf(' ', space - 1) + 1;
        return target.Insert(space, " " + target[start..space]);
    }
}
