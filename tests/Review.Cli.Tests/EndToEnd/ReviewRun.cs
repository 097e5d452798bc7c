using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// A temporary corpus of Korean pairs and the real `review` binary to open it under tmux and to
/// export what was decided.
/// </summary>
internal sealed class ReviewRun : IDisposable
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const int PairCount = 8;

    /// <summary>A run on a copy of <paramref name="corpus"/> instead of the generated pairs.</summary>
    public ReviewRun(string corpus)
    {
        Directory.CreateDirectory(Folder);
        CorpusPath = Path.Combine(Folder, Path.GetFileName(corpus));
        File.Copy(corpus, CorpusPath);
    }

    public ReviewRun()
    {
        Directory.CreateDirectory(Folder);
        CorpusPath = Path.Combine(Folder, "corpus.jsonl");
        var lines = Enumerable.Range(1, PairCount).Select(i => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = Id(i),
            ["source"] = $"Sentence number {i} is short.",
            ["target"] = $"문장 {i}번은 짧다.",
            ["suggestion"] = $"{i}번 문장은 짧다.",
        }, Readable));
        File.WriteAllLines(CorpusPath, lines, new UTF8Encoding(false));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "review-e2e-" + Guid.NewGuid().ToString("N"));

    public string CorpusPath { get; }

    public string DatabasePath => CorpusPath + ".review.db";

    public static string Id(int i) => $"e2e-{i:0000}";

    /// <summary>`review FILE` (the shorthand for `review open FILE`) in a tmux window of this size.</summary>
    public TmuxSession Open(int width, int height, string? editor = null) =>
        Open(width, height, $"{Quote(CorpusPath)} --annotator e2e", editor);

    /// <summary>`review ARGUMENTS` (already quoted for sh) in a tmux window of this size.</summary>
    public TmuxSession Open(int width, int height, string arguments, string? editor)
    {
        var environment = new Dictionary<string, string>
        {
            ["TERM"] = "xterm-256color",
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["VISUAL"] = "",
            ["EDITOR"] = editor ?? "false",
            // The user's own keys.toml must not change what the keys do here.
            ["XDG_CONFIG_HOME"] = Path.Combine(Folder, "config"),
        };
        return new($"{ReviewExecutable.ShellCommand} {arguments}", width, height, environment);
    }

    /// <summary>Runs `review ARGS` without a terminal (redirected standard streams); returns the exit code and stderr.</summary>
    public static (int ExitCode, string Error) RunWithoutTerminal(params string[] args)
    {
        var start = ReviewExecutable.Start(args);
        start.RedirectStandardError = start.RedirectStandardOutput = start.RedirectStandardInput = true;
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Path.GetTempPath(), "review-no-config-" + Guid.NewGuid().ToString("N"));
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        LastOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    /// <summary>Standard output of the last <see cref="RunWithoutTerminal"/> on this thread.</summary>
    [ThreadStatic]
    public static string? LastOutput;

    /// <summary>The rows `review export` writes, by pair id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Export()
    {
        var output = Path.Combine(Folder, $"export-{Guid.NewGuid():N}.jsonl");
        var start = ReviewExecutable.Start("export", "--db", DatabasePath, "--out", output);
        start.RedirectStandardError = start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var diagnostics = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "review export failed: " + diagnostics);
        return File.ReadAllLines(output)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(row => row.GetProperty("id").GetString()!);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed review may still be releasing the database; the temp folder is harmless.
        }
    }

    public static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
