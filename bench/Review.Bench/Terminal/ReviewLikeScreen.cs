using Review.Terminal.Buffers;
using Review.Terminal.Widgets;

namespace Review.Bench.Terminal;

/// <summary>
/// A frame shaped like the review screen: header, English source, Korean target, suggestion,
/// findings, key hints and status line. Pairs are generated deterministically from a seed. Like the
/// app, a screen keeps its text views' states from frame to frame.
/// </summary>
public sealed class ReviewLikeScreen
{
    private readonly TextViewState[] _sections = [new(), new(), new()];
    private readonly TextViewState _dense = new();

    private static readonly string[] EnglishWords =
    [
        "we", "propose", "a", "novel", "method", "for", "aligning", "sentence", "pairs", "across", "languages",
        "the", "model", "achieves", "state-of-the-art", "results", "on", "benchmark", "translation", "tasks",
        "attention", "layers", "improve", "quality", "with", "fewer", "parameters", "and", "faster", "training",
    ];

    private static readonly string[] KoreanWords =
    [
        "우리는", "새로운", "방법을", "제안한다", "문장", "쌍을", "정렬하는", "언어", "간", "모델은", "최신", "결과를",
        "달성한다", "번역", "과제에서", "주의", "계층이", "품질을", "향상시킨다", "더", "적은", "매개변수로", "빠른", "학습",
    ];

    private static readonly Style Header = new(Color.Default, Color.Indexed(236), Attributes.Bold);
    private static readonly Style Label = new(Color.Cyan, Color.Default, Attributes.Bold);
    private static readonly Style Finding = new(Color.Yellow, Color.Default);

    public static (string Source, string Target, string Suggestion) Pair(int seed)
    {
        var random = new Random(seed);
        string Sentence(string[] words, int count, string separator) =>
            string.Join(separator, Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        return (Sentence(EnglishWords, 28 + random.Next(10), " ") + ".",
                Sentence(KoreanWords, 18 + random.Next(6), " ") + ".",
                Sentence(KoreanWords, 16 + random.Next(6), " ") + ".");
    }

    public void Draw(ScreenBuffer frame, int pairNumber)
    {
        var (source, target, suggestion) = Pair(pairNumber);
        var area = frame.Area;
        new StatusBar { Left = ["review  corpus.review.db  arxiv-translator-ko.jsonl"], Right = [$"pair {pairNumber}/100  pending  annotator: kim"], Style = Header }
            .Render(area.TakeTop(1), frame);
        var body = area.SkipTop(2).SkipBottom(2).Inset(1, 0);
        body = Section(frame, body, "Source (en)", source, _sections[0]);
        body = Section(frame, body, "Target (ko)", target, _sections[1]);
        body = Section(frame, body, "Suggestion", suggestion, _sections[2]);
        frame.SetString(body.X, body.Y, "Findings", Label);
        frame.SetString(body.X + 2, body.Y + 1, $"warning  number-mismatch: source has {pairNumber % 7} numbers, target has {(pairNumber + 1) % 7}", Finding);
        new KeyHints([new("a", "accept"), new("s", "take suggestion"), new("e", "edit"), new("r", "reject"), new("n", "skip"), new("u", "undo"), new("/", "search"), new("?", "help"), new("q", "quit")])
            .Render(area.TakeBottom(2).TakeTop(1), frame);
        new StatusBar { Left = ["saved"], Right = ["ko ← en  42 pairs/h"] }.Render(area.TakeBottom(1), frame);
    }

    /// <summary>A 200-column frame full of mixed Korean and English, every row used; seed 0 or 1.</summary>
    public void DrawDense(ScreenBuffer frame, int seed) =>
        new TextView([new StyledSpan(DenseTexts[seed], Style.Default)]).Render(frame.Area, frame, _dense);

    private static readonly string[] DenseTexts = [DenseText(0), DenseText(1)];

    private static string DenseText(int seed)
    {
        var random = new Random(seed);
        return string.Join(" ", Enumerable.Range(0, 1400).Select(i =>
            i % 2 == 0 ? EnglishWords[random.Next(EnglishWords.Length)] : KoreanWords[random.Next(KoreanWords.Length)]));
    }

    private static Rect Section(ScreenBuffer frame, Rect body, string title, string text, TextViewState state)
    {
        const int Rows = 6;
        frame.SetString(body.X, body.Y, title, Label);
        new TextView([text]).Render(body.SkipTop(1).TakeTop(Rows - 2), frame, state);
        return body.SkipTop(Rows);
    }
}
