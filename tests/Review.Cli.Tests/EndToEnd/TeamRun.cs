using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Review.Core.Pairs;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// A team of real `review` processes on one database, each in its own tmux window. The database is
/// a parameter (a file path here; any `--db` value a backend accepts), so the same run can face
/// another backend. What each annotator was told was saved is read off their status line.
/// </summary>
internal sealed partial class TeamRun : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Imports <paramref name="pairs"/> generated pairs into <paramref name="database"/> (a new file in a temp folder when null).</summary>
    public TeamRun(int pairs, string? database = null)
    {
        Database = database ?? _folder.File("team.review.db");
        var corpus = _folder.File("team.jsonl");
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllLines(corpus, Enumerable.Range(1, pairs).Select(i => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"t-{i:00000}"),
            ["source"] = string.Create(CultureInfo.InvariantCulture, $"Sentence number {i} is short."),
            ["target"] = string.Create(CultureInfo.InvariantCulture, $"문장 {i}번은 짧다."),
        }, options)), new UTF8Encoding(false));
        var (exit, error) = ReviewRun.RunWithoutTerminal("import", corpus, "--db", Database, "--no-checks");
        Assert.True(exit == 0, "review import failed: " + error);
    }

    public string Database { get; }

    public static string Annotator(int i) => string.Create(CultureInfo.InvariantCulture, $"a{i + 1}");

    /// <summary>`review open --db DATABASE --annotator aN ARGS` for each annotator, waiting for a common start.</summary>
    public TmuxTeam Open(int annotators, params string[] args) => Open(Enumerable.Range(0, annotators).Select(Annotator).ToList(), args);

    /// <summary>`review open --db DATABASE --annotator NAME ARGS` for each of <paramref name="annotators"/>, waiting for a common start.</summary>
    public TmuxTeam Open(IReadOnlyList<string> annotators, params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["TERM"] = "xterm-256color",
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["XDG_CONFIG_HOME"] = _folder.File("config"),
        };
        var extra = string.Concat(args.Select(a => " " + Quote(a)));
        var commands = annotators
            .Select(name => $"{ReviewExecutable.ShellCommand} open --db {Quote(Database)} --annotator {name}{extra}")
            .ToList();
        return new TmuxTeam(commands, _folder.Path, 160, 30, environment);
    }

    /// <summary>The "N this session" of a status line: decisions the screen reported as saved.</summary>
    public static int? Acknowledged(string screen) =>
        SessionCount().Match(screen) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>Every pair with its status and whole decision history, read through the ports.</summary>
    public IReadOnlyList<(Pair Pair, PairStatus Status, IReadOnlyList<Decision> History)> Pairs()
    {
        using var store = StoreFactory.OpenExisting(Database);
        var pairs = new List<(Pair, PairStatus, IReadOnlyList<Decision>)>();
        for (var ord = 0L; store.Next(ord) is { } pair; ord = pair.Ord)
        {
            pairs.Add((pair, store.StatusOf(pair.Id), store.History(pair.Id)));
        }
        return pairs;
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"(\d+) this session")]
    private static partial Regex SessionCount();

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
