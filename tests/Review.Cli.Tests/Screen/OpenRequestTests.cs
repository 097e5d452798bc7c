using Review.Cli.Screen;
using Review.Core.Session;

namespace Review.Cli.Tests.Screen;

public sealed class OpenRequestTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "review-open-" + Guid.NewGuid().ToString("N"));

    public OpenRequestTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(DataFile, "{\"id\":\"a\",\"source\":\"Hi.\",\"target\":\"안녕.\"}\n");
        File.WriteAllBytes(Database, [.. "SQLite format 3\0"u8, .. new byte[84]]);
    }

    private string DataFile => Path.Combine(_folder, "corpus.jsonl");

    private string Database => Path.Combine(_folder, "work.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_data_file_is_imported_into_the_database_beside_it_for_the_user()
    {
        var request = Resolve(DataFile, env: new() { ["USER"] = "minji" });

        Assert.Equal(new OpenRequest(DataFile + ".review.db", DataFile, "minji", PairFilter.All, null), request);
    }

    [Fact]
    public void Db_option_wins_over_REVIEW_DB_which_wins_over_the_default()
    {
        Assert.Equal("chosen.db", Resolve(DataFile, db: "chosen.db", env: new() { ["REVIEW_DB"] = "env.db" })!.DatabasePath);
        Assert.Equal("env.db", Resolve(DataFile, env: new() { ["REVIEW_DB"] = "env.db" })!.DatabasePath);
    }

    [Fact]
    public void A_database_is_opened_as_it_is()
    {
        var request = Resolve(Database, annotator: "jisoo");

        Assert.Equal((Database, (string?)null, "jisoo"), (request!.DatabasePath, request.ImportPath, request.Annotator));
    }

    [Fact]
    public void Without_a_file_the_database_comes_from_the_option_or_the_environment()
    {
        Assert.Equal(Database, Resolve(null, env: new() { ["REVIEW_DB"] = Database })!.DatabasePath);
        Assert.Null(OpenRequest.Resolve(null, null, null, null, null, _ => null, out var error));
        Assert.Contains("REVIEW_DB", error);
    }

    [Theory]
    [InlineData("missing.jsonl", "no such file")]
    [InlineData(".", "is a directory")]
    public void Missing_inputs_are_user_errors(string input, string message)
    {
        Assert.Null(OpenRequest.Resolve(Path.Combine(_folder, input), null, null, null, null, _ => null, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Filter_and_start_are_parsed()
    {
        var request = Resolve(DataFile, filter: "pending,severity:error", start: "ko-0007");

        Assert.Equal("ko-0007", request!.StartId);
        Assert.Equal("pending,severity:error", request.Filter.Text);
        Assert.Null(OpenRequest.Resolve(DataFile, null, null, "bogus", null, _ => null, out var error));
        Assert.StartsWith("--filter", error);
    }

    private static OpenRequest? Resolve(string? input, string? db = null, string? annotator = null, string? filter = null,
        string? start = null, Dictionary<string, string>? env = null) =>
        OpenRequest.Resolve(input, db, annotator, filter, start, name => env?.GetValueOrDefault(name), out _);
}
