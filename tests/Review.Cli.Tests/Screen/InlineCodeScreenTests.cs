using Review.Cli.Screen;
using Review.Core.Formats;
using Review.Core.Text;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Screen;

/// <summary>XLIFF inline codes drawn by the real renderer: visible tokens in their own style, whole on a line and in the diff.</summary>
public sealed class InlineCodeScreenTests : IDisposable
{
    private static readonly string G1 = InlineCodes.Code("g1");
    private static readonly string EndG1 = InlineCodes.Code("/g1");
    private static readonly string X2 = InlineCodes.Code("x2");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "review-codes-" + Guid.NewGuid().ToString("N"));

    public InlineCodeScreenTests()
    {
        Directory.CreateDirectory(_folder);
        using var store = ReviewStore.Open(DatabasePath);
        using var batch = store.BeginImport("codes.xlf", Guid.NewGuid().ToString("N"), "xliff", "en", "ko");
        batch.Add(new NewPair(new PairRecord(1, "u1",
            $"Click {G1}Open{EndG1} to see the {X2} files in the folder you chose.",
            $"{G1}열기{EndG1}를 눌러 고른 폴더의 {X2} 파일을 보세요.",
            $"고른 폴더의 파일 {X2}개를 보려면 {G1}열기{EndG1}를 누르세요.", null)));
        batch.Commit();
    }

    private string DatabasePath => Path.Combine(_folder, "codes.review.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Codes_are_whole_visible_tokens_in_their_own_style(int width, int height)
    {
        using var screen = new ScreenHarness(DatabasePath, width, height);

        ScreenSnapshot.Match($"inline-codes-{width}x{height}", screen.Screen);
        var rows = screen.Screen.Split('\n');
        Assert.DoesNotContain(rows, row => row.Contains(InlineCodes.Open, StringComparison.Ordinal) || row.Contains(InlineCodes.Close, StringComparison.Ordinal));
        foreach (var row in rows)
        {
            Assert.True(Balanced(row), $"a code token is cut across lines: {row}");
        }
        var tokens = 0;
        for (var y = 0; y < height; y++)
        {
            var inToken = false;
            for (var x = 0; x < width; x++)
            {
                var grapheme = screen.Terminal.GraphemeAt(x, y);
                inToken |= grapheme == "⟦";
                if (inToken)
                {
                    Assert.Equal(Theme.Default.InlineCode.Foreground, screen.Terminal.StyleAt(x, y).Foreground);
                    Assert.True(screen.Terminal.StyleAt(x, y).Attributes.HasFlag(Theme.Default.InlineCode.Attributes));
                }
                if (grapheme == "⟧")
                {
                    inToken = false;
                    tokens++;
                }
            }
        }
        Assert.True(tokens >= 6, $"only {tokens} code tokens on screen");
    }

    [Theory]
    [InlineData(DiffGranularity.Automatic)]
    [InlineData(DiffGranularity.Word)]
    [InlineData(DiffGranularity.Character)]
    public void The_diff_never_cuts_a_code(DiffGranularity granularity)
    {
        var target = $"{G1}열기{EndG1}를 눌러 고른 폴더의 {X2} 파일을 보세요. {InlineCodes.Code("ph10")}";
        var suggestion = $"고른 폴더의 파일 {X2}개를 보려면 {G1}열기{EndG1}를 누르세요. {InlineCodes.Code("ph11")}";
        var diff = new TextDiff().Compute(target, suggestion, granularity);

        foreach (var segment in diff.Segments)
        {
            Assert.True(Balanced(segment.Text.Replace(InlineCodes.Open, '⟦').Replace(InlineCodes.Close, '⟧')), $"a diff segment holds part of a code: {segment.Text}");
        }
        var spans = PaneText.Suggestion(suggestion, diff, Theme.Default);
        Assert.All(spans, span => Assert.True(Balanced(span.Text), span.Text));
        Assert.Contains(spans, s => s.Text == "⟦ph11⟧" && s.Style.Foreground == Theme.Default.InlineCode.Foreground);
    }

    private static bool Balanced(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            if (c == '⟦')
            {
                if (open)
                {
                    return false;
                }
                open = true;
            }
            else if (c == '⟧')
            {
                if (!open)
                {
                    return false;
                }
                open = false;
            }
        }
        return !open;
    }
}
