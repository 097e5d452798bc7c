using Review.Terminal.Buffers;
using Review.Terminal.Drivers;
using Review.Terminal.Output;
using Review.Terminal.Tests.Snapshots;
using Review.Terminal.Widgets;

namespace Review.Terminal.Tests.Output;

/// <summary>Whole screens of Korean and mixed-width text, drawn through the diff path, against golden files.</summary>
public class ScreenSnapshotTests
{
    private static readonly (string Source, string Target)[] Pairs =
    [
        ("We propose a novel method for aligning sentence pairs across languages.",
         "우리는 언어 간 문장 쌍을 정렬하는 새로운 방법을 제안한다."),
        ("Results on WMT (Ｅｎ→Ｋｏ) show 中文 and 한국어 mixed\twith tabs and \u001b[31mescapes\u001b[0m.",
         "WMT(영어→한국어) 결과는 中文과 한국어가 섞인 문장에서도 좋은 성능을 보인다. 👩‍💻 \u202Eevil"),
    ];

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Review_like_screen(int width, int height)
    {
        var terminal = new InMemoryTerminal(width, height);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => Draw(frame, 0));

        renderer.Draw(frame => Draw(frame, 1));

        Assert.Empty(terminal.UnrecognizedSequences);
        Assert.Equal(renderer.Frame.ToLines(), terminal.Lines);
        Snapshot.Match($"review-like-{width}x{height}", terminal.ScreenText);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Help_overlay_over_korean_text(int width, int height)
    {
        var terminal = new InMemoryTerminal(width, height);
        var renderer = new Renderer(terminal);
        renderer.Draw(frame => Draw(frame, 1));

        renderer.Draw(frame =>
        {
            Draw(frame, 1);
            new Overlay("도움말 Help", ["a  accept 수락", "s  take suggestion 제안 적용", "e  edit 편집", "q  quit 종료"]).Render(frame.Area, frame);
        });

        Assert.Empty(terminal.UnrecognizedSequences);
        Assert.Equal(renderer.Frame.ToLines(), terminal.Lines);
        Snapshot.Match($"help-overlay-{width}x{height}", terminal.ScreenText);
    }

    private static void Draw(ScreenBuffer frame, int index)
    {
        var (source, target) = Pairs[index];
        var area = frame.Area;
        new StatusBar { Left = ["review  arxiv-translator-ko.jsonl"], Right = [$"{index + 1}/100  pending"] }.Render(area.TakeTop(1), frame);
        var body = area.SkipTop(1).SkipBottom(2);
        var half = body.Height / 2;
        frame.SetString(body.X, body.Y, "Source (en)", new Style(Color.Cyan, Color.Default, Attributes.Bold));
        new TextView([source]).Render(body.SkipTop(1).TakeTop(half - 1), frame, new TextViewState());
        frame.SetString(body.X, body.Y + half, "Target (ko)", new Style(Color.Cyan, Color.Default, Attributes.Bold));
        new TextView([target]).Render(body.SkipTop(half + 1), frame, new TextViewState());
        new KeyHints([new("a", "accept"), new("s", "suggestion"), new("e", "edit"), new("r", "reject"), new("n", "skip"), new("?", "help")])
            .Render(area.TakeBottom(2).TakeTop(1), frame);
        new StatusBar { Left = ["saved"], Right = ["ko ← en"] }.Render(area.TakeBottom(1), frame);
    }
}
