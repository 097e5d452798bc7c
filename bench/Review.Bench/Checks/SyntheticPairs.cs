using System.Text;

namespace Review.Bench.Checks;

/// <summary>
/// English/Korean pairs shaped like the sample corpus: 80-600 character sources with numbers,
/// citations, inline math and markdown; targets about 45% as long in Hangul with the same tokens,
/// and one pair in ten carrying a mistake some check should find.
/// </summary>
public static class SyntheticPairs
{
    private static readonly string[] EnglishWords =
    [
        "model", "training", "data", "language", "the", "of", "and", "we", "results", "performance", "large", "show",
        "method", "task", "evaluation", "learning", "attention", "layer", "parameters", "improves", "across", "benchmark",
    ];

    private static readonly string[] KoreanWords =
    [
        "모델", "학습", "데이터", "언어", "우리는", "결과를", "성능이", "대규모", "보여준다", "방법", "작업", "평가",
        "학습률", "어텐션", "계층", "매개변수", "향상시킨다", "벤치마크에서", "전반에", "것이다",
    ];

    public static (string Source, string Target)[] Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var pairs = new (string, string)[count];
        for (var i = 0; i < count; i++)
        {
            pairs[i] = Pair(random);
        }

        return pairs;
    }

    private static (string, string) Pair(Random random)
    {
        var source = new StringBuilder();
        var target = new StringBuilder();
        var sentences = random.Next(1, 5);
        for (var s = 0; s < sentences; s++)
        {
            Sentence(random, source, target);
        }

        var text = target.ToString().TrimEnd();
        if (random.Next(10) == 0)
        {
            text = Mistake(random, text);
        }

        return (source.ToString().TrimEnd(), text);
    }

    private static void Sentence(Random random, StringBuilder source, StringBuilder target)
    {
        var words = random.Next(12, 30);
        int lastEnglish = -1, lastKorean = -1;
        for (var w = 0; w < words; w++)
        {
            // Consecutive words differ, so only the injected mistakes read as doubled words.
            lastEnglish = Next(random, EnglishWords.Length, lastEnglish);
            source.Append(EnglishWords[lastEnglish]).Append(' ');
            if (w % 2 == 0)
            {
                lastKorean = Next(random, KoreanWords.Length, lastKorean);
                target.Append(KoreanWords[lastKorean]).Append(' ');
            }
        }

        var token = random.Next(6) switch
        {
            0 => $"{random.Next(1, 10_000):N0}",
            1 => $"[{random.Next(1, 200)}, {random.Next(1, 200)}]",
            2 => $"\\(10^{{-{random.Next(1, 9)}}}\\)",
            3 => $"{random.Next(1, 100)}.{random.Next(10)}%",
            4 => "**Models.**",
            _ => "(Brown et al., 2020)",
        };
        source.Append(token).Append(". ");
        target.Append(token).Append(". ");
    }

    private static int Next(Random random, int count, int previous)
    {
        var next = random.Next(count - 1);
        return next >= previous && previous >= 0 ? next + 1 : next;
    }

    private static string Mistake(Random random, string target) => random.Next(5) switch
    {
        0 => target.Replace(" ", "  "),
        1 => target[..(target.Length * 2 / 3)],
        2 => target.Insert(target.Length / 2, "\u200B"),
        3 => target.Replace("모델", "모델 모델"),
        _ => target.Replace("[", "("),
    };
}
