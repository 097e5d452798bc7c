using System.Text;
using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public sealed class TmxReaderTests : IDisposable
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
          <body>
            <tu tuid="a1">
              <tuv xml:lang="ko-KR"><seg>안녕 &amp; 반가워</seg></tuv>
              <tuv xml:lang="en-US"><seg>Hello <ph x="1">&lt;br/&gt;</ph> &amp; world&#13;</seg></tuv>
            </tu>
            <tu>
              <tuv xml:lang="EN-us"><seg>  spaced  </seg></tuv>
              <tuv xml:lang="ko-KR"><seg/></tuv>
            </tu>
          </body>
        </tmx>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Maps_tuv_languages_keeps_inline_markup_as_text_and_numbers_tus()
    {
        var records = Read.All(new ImportInput(PairFormat.Tmx, [_folder.Write("m.tmx", Tmx)]), null, null, out var reader);
        Assert.Equal(new PairRecord(1, "a1", "Hello <ph x=\"1\">&lt;br/&gt;</ph> & world\r", "안녕 & 반가워", null, null), records[0]);
        Assert.Equal(new PairRecord(2, null, "  spaced  ", "", null, null), records[1]);
        Assert.Equal(new LanguagePair("en-US", "ko-KR"), reader.Languages);
    }

    [Fact]
    public void Reads_utf16_with_a_bom()
    {
        var utf16 = Tmx.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(utf16)).ToArray();
        var records = Read.All(_folder.Write("m16.tmx", bytes), PairFormat.Tmx);
        Assert.Equal("안녕 & 반가워", records[0].Target);
    }

    [Fact]
    public void Reports_malformed_xml_with_the_tu_number_and_line()
    {
        var broken = Tmx.Replace("<seg/>", "<seg>", StringComparison.Ordinal);
        var error = Read.Failure(_folder.Write("bad.tmx", broken), PairFormat.Tmx);
        Assert.Contains("TU 2: malformed XML", error.Problem);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Reports_a_tu_without_the_target_language()
    {
        var missing = Tmx.Replace("<tuv xml:lang=\"ko-KR\"><seg/></tuv>", "", StringComparison.Ordinal);
        var error = Read.Failure(_folder.Write("miss.tmx", missing), PairFormat.Tmx);
        Assert.Contains("TU 2: missing field", error.Problem);
    }
}
