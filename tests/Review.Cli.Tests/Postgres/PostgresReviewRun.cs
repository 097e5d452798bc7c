using System.Diagnostics;
using System.Text.Json;
using Review.Cli.Tests.EndToEnd;

namespace Review.Cli.Tests.Postgres;

/// <summary>
/// <see cref="ReviewRun"/>'s Korean corpus in a schema of its own on a PostgreSQL server, and the
/// real binary opening it with <c>review open --db postgresql://...</c> under tmux. The password
/// reaches the binary through <c>PGPASSWORD</c>, as a team would give it, never in the URL that
/// <c>ps</c> shows. Any number of annotators may <see cref="Open"/> the same corpus, so the team
/// tests written for a file can run on a server with this in place of <see cref="ReviewRun"/>.
/// </summary>
internal sealed class PostgresReviewRun : IDisposable
{
    private readonly ReviewRun _files = new();

    public PostgresReviewRun(PostgresServer server, string? database = null)
    {
        Server = server;
        Url = server.UrlWithoutPassword(database ?? server.SharedDatabase) + "?schema=e" + Guid.NewGuid().ToString("N")[..16];
        var import = Run("import", _files.CorpusPath, "--db", Url);
        Assert.True(import.ExitCode == 0, "review import failed: " + import.Error);
    }

    public PostgresServer Server { get; }

    /// <summary>The corpus's URL, without the password.</summary>
    public string Url { get; }

    /// <summary>`review open --db URL --annotator NAME` in a tmux window of this size.</summary>
    public TmuxSession Open(string annotator, int width = 100, int height = 30)
    {
        var environment = Environment();
        environment["TERM"] = "xterm-256color";
        environment["LANG"] = environment["LC_ALL"] = "C.UTF-8";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = environment["DOTNET_NOLOGO"] = "1";
        environment["XDG_CONFIG_HOME"] = Path.Combine(_files.Folder, "config");
        return new TmuxSession($"{ReviewExecutable.ShellCommand} open --db '{Url}' --annotator {annotator}", width, height, environment);
    }

    /// <summary>The rows `review export` writes, by pair id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Export()
    {
        var output = Path.Combine(_files.Folder, $"export-{Guid.NewGuid():N}.jsonl");
        var export = Run("export", "--db", Url, "--out", output);
        Assert.True(export.ExitCode == 0, "review export failed: " + export.Error);
        return File.ReadAllLines(output)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(row => row.GetProperty("id").GetString()!);
    }

    public void Dispose() => _files.Dispose();

    /// <summary>`review ARGS` without a terminal, with the password in its environment.</summary>
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var start = ReviewExecutable.Start(args);
        start.RedirectStandardError = start.RedirectStandardOutput = true;
        foreach (var (name, value) in Environment())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.GetAwaiter().GetResult();
        return (process.ExitCode, error);
    }

    private static Dictionary<string, string> Environment() => new() { ["PGPASSWORD"] = PostgresServer.Password };
}
