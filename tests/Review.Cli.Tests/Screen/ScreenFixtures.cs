using Review.Cli.Screen;
using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Core.Session;

namespace Review.Cli.Tests.Screen;

/// <summary>Small Korean pairs and states for the screen tests.</summary>
internal static class ScreenFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static Pair Pair(long ord, string? suggestion = "고양이가 매트 위에 앉았다.", string target = "고양이 매트 위에 앉았다.") =>
        new(new PairId(ord * 10), ord, $"ko-{ord:0000}", "The cat sat on the mat.", target, null, suggestion, null, "en", "ko", 1, null);

    public static ShownPair Shown(long ord, PairStatus status = PairStatus.Pending, Decision? effective = null,
        IReadOnlyList<Finding>? findings = null, string? claimedBy = null, string? suggestion = "고양이가 매트 위에 앉았다.") =>
        new(Pair(ord, suggestion), status, effective, findings ?? [], claimedBy);

    public static ReviewState Browsing(long ord = 3, ShownPair? shown = null) =>
        ReviewState.Initial("demo.jsonl", "minji", 20, Start) with
        {
            Shown = shown ?? Shown(ord),
            Counts = new ProgressCounts(20, 5, 15, true),
        };

    public static Decision Accepted(long pairOrd, long id = 7, string? note = null) =>
        new(id, new PairId(pairOrd * 10), DecisionKind.Accept, "고양이 매트 위에 앉았다.", "minji", Start, note, null);

    public static Finding NumberFinding() =>
        new("number", Severity.Error, "number 3 in source is missing from target", [new TextSpan(0, 3)], [], "고쳐진 문장");
}
