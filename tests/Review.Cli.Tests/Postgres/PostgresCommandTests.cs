using System.Diagnostics;
using System.Text.Json;
using Review.Cli.Tests.Commands;

namespace Review.Cli.Tests.Postgres;

/// <summary>The commands with <c>--db postgresql://...</c> against a real server: the same work as on a file.</summary>
public sealed class PostgresCommandTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_stats_check_and_export_work_on_a_server_url()
    {
        var url = server.NewCorpusUrl();

        var import = Commands.Cli.Run("import", Sample.Corpus, "--db", url);
        var stats = Commands.Cli.Run("stats", "--db", url, "--json");
        var check = Commands.Cli.Run("check", "--db", url);
        var export = Commands.Cli.Run("export", "--db", url, "--out", _folder.File("out.jsonl"));
        var again = Commands.Cli.Run("import", Sample.Corpus, "--db", url);

        Assert.Equal((0, ""), (import.Exit, import.Error));
        Assert.Equal(100, JsonDocument.Parse(stats.Output).RootElement.GetProperty("pairs").GetInt64());
        Assert.Equal(0, check.Exit);
        Assert.Equal(0, export.Exit);
        Assert.Equal(100, File.ReadAllLines(_folder.File("out.jsonl")).Length);
        Assert.Equal(0, again.Exit);
        Assert.Equal(100, JsonDocument.Parse(Commands.Cli.Run("stats", "--db", url, "--json").Output).RootElement.GetProperty("pairs").GetInt64());
    }

    [Fact]
    public void Agreement_on_a_team_corpus_moved_to_a_server_reads_the_same_as_on_the_file()
    {
        var file = TeamCorpus.Create(_folder);
        var url = server.NewCorpusUrl();

        var migrate = Commands.Cli.Run("migrate", "--from", file, "--to", url);
        var onFile = Commands.Cli.Run("agreement", "--db", file, "--json");
        var onServer = Commands.Cli.Run("agreement", "--db", url, "--json");

        Assert.Equal((0, ""), (migrate.Exit, migrate.Error));
        Assert.Equal((0, ""), (onServer.Exit, onServer.Error));
        Assert.Equal(onFile.Output, onServer.Output);
        Assert.Equal(5, JsonDocument.Parse(onServer.Output).RootElement.GetProperty("pairs_decided").GetInt32());
    }

    [Fact]
    public void Stats_on_a_schema_without_a_corpus_is_an_error_and_creates_nothing()
    {
        var url = server.NewCorpusUrl();

        var run = Commands.Cli.Run("stats", "--db", url);

        Assert.Equal(1, run.Exit);
        Assert.Contains("no such corpus", run.Error);
        Assert.DoesNotContain(PostgresServer.Password, run.Error);
        Assert.Contains("no such corpus", Commands.Cli.Run("stats", "--db", url).Error);
    }

    [Fact]
    public void A_wrong_password_fails_in_one_line_without_showing_it()
    {
        var url = $"postgresql://postgres:hunter2-wrong@127.0.0.1:{server.Port}/{server.SharedDatabase}";

        var run = Commands.Cli.Run("stats", "--db", url);

        Assert.Equal(1, run.Exit);
        Assert.Contains("authentication failed", run.Error);
        Assert.DoesNotContain("hunter2-wrong", run.Error + run.Output);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void The_password_comes_from_pgpassword_or_a_pgpass_file()
    {
        var url = server.UrlWithoutPassword(server.SharedDatabase) + "?schema=c" + Guid.NewGuid().ToString("N")[..16];
        var pgpass = _folder.Write("pgpass", $"127.0.0.1:{server.Port}:*:postgres:{PostgresServer.Password}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var withVariable = Review(new() { ["PGPASSWORD"] = PostgresServer.Password }, "import", Sample.Corpus, "--db", url);
        var withFile = Review(new() { ["PGPASSFILE"] = pgpass }, "stats", "--db", url, "--json");
        var withNeither = Review(new() { ["PGPASSFILE"] = _folder.File("none") }, "stats", "--db", url);

        Assert.Equal(0, withVariable.Exit);
        Assert.Equal(100, JsonDocument.Parse(withFile.Output).RootElement.GetProperty("pairs").GetInt64());
        Assert.Equal(1, withNeither.Exit);
        Assert.Contains("review: ", withNeither.Error);
    }

    [Fact]
    public void Migrate_copies_sqlite_to_postgresql_and_back_with_identical_exports()
    {
        var original = _folder.File("original.db");
        Assert.Equal(0, Commands.Cli.Run("import", Sample.Corpus, "--db", original).Exit);
        Decide(original);
        var url = server.NewCorpusUrl();
        var back = _folder.File("back.db");

        var there = Commands.Cli.Run("migrate", "--from", original, "--to", url);
        var home = Commands.Cli.Run("migrate", "--from", url, "--to", back);
        var refused = Commands.Cli.Run("migrate", "--from", original, "--to", url);

        Assert.Equal((0, ""), (there.Exit, there.Error));
        Assert.Equal((0, ""), (home.Exit, home.Error));
        Assert.Contains("copied 100 pairs, 5 decisions and 1 imports", there.Output);
        Assert.DoesNotContain(PostgresServer.Password, there.Output + home.Output);
        Assert.Contains("already holds pairs", refused.Error);
        var exports = new[] { original, url, back }.Select(Export).ToList();
        Assert.Equal(exports[0], exports[1]);
        Assert.Equal(exports[0], exports[2]);
        using var copy = StoreFactory.OpenExisting(url);
        using var source = StoreFactory.OpenExisting(original);
        Assert.Equal(source.Stats().ByAnnotator, copy.Stats().ByAnnotator);
        Assert.Equal(source.Imports().Select(i => i with { Id = 0 }), copy.Imports().Select(i => i with { Id = 0 }));
        Assert.Equal(source.FindByOrd(5)!.Ord, copy.FindByExternalId(source.FindByOrd(5)!.ExternalId)!.Ord);
        Assert.Equal(source.History(source.FindByOrd(2)!.Id).Select(d => (d.Kind, d.FinalTarget, d.At, d.Hunks)),
            copy.History(copy.FindByOrd(2)!.Id).Select(d => (d.Kind, d.FinalTarget, d.At, d.Hunks)));
        Assert.Equal(FindingsAt(source, 7), FindingsAt(copy, 7));
        Assert.Equal(4, copy.LastPosition("ana") is { } position ? copy.GetPair(position)!.Ord : 0);
    }

    private static IEnumerable<string> FindingsAt(Core.Ports.IReviewStore store, long ord) =>
        store.Findings(store.FindByOrd(ord)!.Id).Select(f =>
            $"{f.CheckId} {f.Severity} {f.Message} {string.Join(",", f.SourceSpans)} {string.Join(",", f.TargetSpans)} {f.SuggestedTarget}");

    private static void Decide(string database)
    {
        using var store = StoreFactory.Open(database);
        PairAt(1, Core.Pairs.DecisionKind.Accept, null, "ana");
        PairAt(2, Core.Pairs.DecisionKind.Edit, "고친 문장", "ben");
        PairAt(2, Core.Pairs.DecisionKind.Reject, null, "ana");
        PairAt(3, Core.Pairs.DecisionKind.Skip, null, "ana");
        store.Undo("ana");
        store.SavePosition("ana", store.FindByOrd(4)!.Id);

        void PairAt(long ord, Core.Pairs.DecisionKind kind, string? text, string annotator) =>
            store.DecideIfCurrent(store.FindByOrd(ord)!.Id, store.EffectiveDecision(store.FindByOrd(ord)!.Id)?.Id, kind, text, annotator, "note " + ord,
                kind == Core.Pairs.DecisionKind.Edit ? "1/2" : null);
    }

    private byte[] Export(string database)
    {
        var path = _folder.File($"export-{Guid.NewGuid():N}.jsonl");
        Assert.Equal(0, Commands.Cli.Run("export", "--db", database, "--out", path).Exit);
        return File.ReadAllBytes(path);
    }

    private static CliRun Review(Dictionary<string, string> environment, params string[] args)
    {
        var start = ReviewExecutable.Start(args);
        start.RedirectStandardError = start.RedirectStandardOutput = true;
        start.Environment.Remove("PGPASSWORD");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}
