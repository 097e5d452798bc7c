using Review.Terminal.Buffers;

namespace Review.Terminal.Tests.Buffers;

public class RectTests
{
    [Fact]
    public void Intersect_clips_to_the_overlap() =>
        Assert.Equal(new Rect(2, 1, 3, 2), new Rect(0, 0, 5, 3).Intersect(new Rect(2, 1, 10, 10)));

    [Fact]
    public void Disjoint_rectangles_intersect_empty() =>
        Assert.True(new Rect(0, 0, 2, 2).Intersect(new Rect(5, 5, 1, 1)).IsEmpty);

    [Fact]
    public void Centered_is_clipped_to_the_area()
    {
        var area = new Rect(0, 0, 40, 12);

        Assert.Equal(new Rect(10, 3, 20, 6), area.Centered(20, 6));
        Assert.Equal(area, area.Centered(100, 100));
    }

    [Fact]
    public void Splitting_rows()
    {
        var area = new Rect(1, 1, 10, 5);

        Assert.Equal(new Rect(1, 1, 10, 2), area.TakeTop(2));
        Assert.Equal(new Rect(1, 5, 10, 1), area.TakeBottom(1));
        Assert.Equal(new Rect(1, 3, 10, 3), area.SkipTop(2));
        Assert.Equal(new Rect(2, 2, 8, 3), area.Inset(1));
    }
}
