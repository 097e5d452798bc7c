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
        Assert.Equal(json, QuoteUtf8(text));
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

    [Fact]
    public void The_utf8_writer_matches_the_string_writer_on_every_control_and_random_text()
    {
        var everyControl = new string([.. Enumerable.Range(0, 0x80).Select(c => (char)c)]);
        Assert.Equal(JsonStrings.Quote(everyControl), QuoteUtf8(everyControl));
        var random = new Random(7);
        var alphabet = "a \"\\\n\r\t\b\f\u0000\u001f\u007f한글中文😀\u200b\u202e".EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            Assert.Equal(JsonStrings.Quote(text), QuoteUtf8(text));
        }
    }

    private static string QuoteUtf8(string text)
    {
        using var bytes = new MemoryStream();
        JsonStrings.Write(bytes, Encoding.UTF8.GetBytes(text));
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
