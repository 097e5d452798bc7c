using System.Text;
using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

public class JsonStringsTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("line\nCR\r", "\"line\\nCR\\r\"")]
    [InlineData("quote \" backslash \\", "\"quote \\\" backslash \\\\\"")]
    [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
    [InlineData("한국어 😀 e\u0301 \u200b \u05e9", "\"한국어 😀 e\u0301 \u200b \u05e9\"")]
    public void Writes_canonical_escapes_and_reads_them_back(string text, string json)
    {
        Assert.Equal(json, JsonStrings.Quote(text));
        var inner = Encoding.UTF8.GetBytes(json[1..^1]);
        Assert.Equal(text, JsonStrings.Unescape(inner, escaped: json.Contains('\\')));
    }

    [Fact]
    public void Keeps_lone_surrogates_as_escapes()
    {
        foreach (var (text, json) in new[] { ("\ud800 lone", "\"\\ud800 lone\""), ("lone \udc00", "\"lone \\udc00\""), ("\udc00\ud800", "\"\\udc00\\ud800\"") })
        {
            Assert.Equal(json, JsonStrings.Quote(text));
            Assert.Equal(text, JsonStrings.Unescape(Encoding.UTF8.GetBytes(json[1..^1]), escaped: true));
        }
    }

    [Fact]
    public void Reads_escapes_it_never_writes()
    {
        var raw = Encoding.UTF8.GetBytes("\\/\\b\\f\\u00e9\\uD83D\\uDE00");
        Assert.Equal("/\b\fé😀", JsonStrings.Unescape(raw, escaped: true));
    }
}
