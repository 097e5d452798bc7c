using System.Text;
using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

/// <summary>Nesting past the limit is refused at the first element too deep, without reading (or stacking) the rest.</summary>
public sealed class TmxDepthTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_million_nested_inline_elements_are_refused_with_the_TU_and_the_limit()
    {
        var nested = new StringBuilder("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>");
        nested.Insert(nested.Length, "<g>", 1_000_000).Append('x').Insert(nested.Length, "</g>", 1_000_000);
        nested.Append("</seg></tuv><tuv xml:lang=\"ko\"><seg>y</seg></tuv></tu></body></tmx>");
        var path = _folder.Write("nested.tmx", nested.ToString());

        var error = Assert.Throws<InputException>(() => Read.All(new ImportInput(PairFormat.Tmx, [path]), null, null, out _));

        Assert.Contains("TU 1", error.Message);
        Assert.Contains($"nested more than {100} levels deep", error.Message);
    }

    [Fact]
    public void Markup_nested_within_the_limit_is_kept_as_text()
    {
        var depth = 90;
        var seg = string.Concat(Enumerable.Repeat("<g>", depth)) + "x" + string.Concat(Enumerable.Repeat("</g>", depth));
        var path = _folder.Write("deep.tmx", $"<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>{seg}</seg></tuv><tuv xml:lang=\"ko\"><seg>y</seg></tuv></tu></body></tmx>");

        var records = Read.All(new ImportInput(PairFormat.Tmx, [path]), null, null, out _);

        Assert.Equal(seg, records[0].Source);
    }
}
