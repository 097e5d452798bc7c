using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Review.Cli.Commands;
using Review.Core.Encodings;

namespace Review.Cli.Tests.Commands;

public sealed class RepairTextCommandTests
{
    private static string Garble874(string clean) => CodePage.Windows874.Decode(Encoding.UTF8.GetBytes(clean));

    private static string[] Run(string input, GarbleScheme? scheme = null, bool json = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        RepairTextCommand.Run(new StringReader(input), output, scheme, json, escapeControls: false);
        return output.ToString().Split('\n')[..^1];
    }

    [Fact]
    public void Writes_one_repaired_line_per_input_line()
    {
        var input = string.Join('\n', Garble874("인터넷의 확산으로 인해"), "plain ASCII", "", Garble874("데이터를 수집한다.")) + "\n";

        var lines = Run(input);

        Assert.Equal(["인터넷의 확산으로 인해", "plain ASCII", "", "데이터를 수집한다."], lines);
    }

    [Fact]
    public void Genuine_text_passes_through_unchanged()
    {
        string[] genuine = ["Où êtes-vous ? Größe 5 € — “ok”", "สวัสดีครับ", "인터넷의 확산", "中文文本"];

        Assert.Equal(genuine, Run(string.Join('\n', genuine) + "\n"));
    }

    [Fact]
    public void A_short_line_follows_the_scheme_the_stream_has_shown()
    {
        // "이" alone lost its 0x9D: two garbled characters that prove nothing on their own.
        var input = Garble874("인터넷의 확산으로 인해") + "\n" + Garble874("이") + "\n";

        Assert.Equal(["인터넷의 확산으로 인해", "이"], Run(input));
    }

    [Fact]
    public void Json_lines_carry_text_encoding_and_guesses()
    {
        var input = Garble874("그것이 좋다.") + "\nplain\n";

        var lines = Run(input, json: true).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        Assert.Equal("그것이 좋다.", lines[0].GetProperty("text").GetString());
        Assert.Equal("UTF-8-as-Windows-874", lines[0].GetProperty("encoding").GetString());
        var guess = Assert.Single(lines[0].GetProperty("guesses").EnumerateArray());
        Assert.Equal(2, guess.GetProperty("offset").GetInt32());
        Assert.Equal("이", guess.GetProperty("chosen").GetString());
        Assert.NotEmpty(guess.GetProperty("alternatives").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("encoding").ValueKind);
        Assert.Empty(lines[1].GetProperty("guesses").EnumerateArray());
    }

    [Fact]
    public void An_explicit_code_page_repairs_lines_too_short_to_detect()
    {
        Assert.Equal(["이"], Run(Garble874("이") + "\n", new GarbleScheme(CodePage.Windows874)));
    }

    [Fact]
    public void The_review_binary_filters_stdin_and_rejects_unknown_code_pages()
    {
        var (exit, stdout, _) = Review("repair-text", Garble874("인터넷의 확산으로 인해") + "\nplain\n");
        Assert.Equal(0, exit);
        Assert.Equal("인터넷의 확산으로 인해\nplain\n", stdout);

        var (badExit, _, stderr) = Review("repair-text --from ebcdic", "");
        Assert.Equal(2, badExit);
        Assert.Contains("unknown code page 'ebcdic'", stderr);
    }

    private static (int Exit, string Stdout, string Stderr) Review(string arguments, string stdin)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "review.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
