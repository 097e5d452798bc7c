using Review.Cli.Screen;
using Review.Terminal.Buffers;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

/// <summary>A suggestion that only changes white space: what it removes and adds is drawn, and the pane keeps its rows.</summary>
public sealed class WhitespaceDiffTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void Removed_and_added_spaces_and_tabs_are_visible(int width, int height)
    {
        var pair = Pair(3, suggestion: "고양이가 매트 위에 앉았다.", target: "   고양이가\t매트 위에  앉았다.");
        var state = Browsing(shown: Shown(3) with { Pair = pair });
        var buffer = new ScreenBuffer(width, height);

        new ReviewView(Keymap.Default, Theme.Default).Render(buffer, state, Start);

        var lines = buffer.ToLines();
        var target = lines.Select((line, row) => (line, row)).First(l => l.line.Contains("Target")).row;
        Assert.StartsWith("···고양이가⇥·매트 위에", lines[target + 1]);
        Assert.Contains("앉았다.", lines[target + 1]);
        var removed = Enumerable.Range(0, 3).Select(x => buffer[x, target + 1]).ToList();
        Assert.All(removed, cell => Assert.Equal(Theme.Default.Removed, cell.Style));
    }
}
