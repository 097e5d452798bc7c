using Review.Terminal.Buffers;
using Review.Terminal.Output;

namespace Review.Terminal.Tests.Output;

public class ColorConversionTests
{
    [Theory]
    [InlineData(0xff0000, 196)]
    [InlineData(0x000000, 16)]
    [InlineData(0xffffff, 231)]
    [InlineData(0x808080, 244)]
    [InlineData(0x5f87af, 67)]
    public void Rgb_to_the_256_palette(int rgb, int expected) => Assert.Equal(expected, ColorConversion.ToIndexed(rgb));

    [Fact]
    public void Downsampling_follows_the_depth()
    {
        var orange = Color.Rgb(255, 135, 0);

        Assert.Equal(orange, ColorConversion.Downsample(orange, ColorDepth.TrueColor));
        Assert.Equal(Color.Indexed(208), ColorConversion.Downsample(orange, ColorDepth.Ansi256));
        Assert.Equal(Color.Yellow, ColorConversion.Downsample(orange, ColorDepth.Ansi16));
        Assert.Equal(Color.BrightRed, ColorConversion.Downsample(Color.Indexed(196), ColorDepth.Ansi16));
        Assert.Equal(Color.Default, ColorConversion.Downsample(Color.Red, ColorDepth.None));
        Assert.Equal(Color.Red, ColorConversion.Downsample(Color.Red, ColorDepth.Ansi16));
    }
}
