using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Screen;

/// <summary>
/// The repository's garbled sample (data/arxiv-translator-ko.jsonl) imported as <c>review open</c>
/// imports it (repair on, checks on), in a real SQLite file in a temporary folder.
/// </summary>
internal sealed class SampleDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "review-sample-" + Guid.NewGuid().ToString("N"));

    public SampleDatabase()
    {
        Directory.CreateDirectory(_folder);
        var corpus = System.IO.Path.Combine(_folder, "arxiv-translator-ko.jsonl");
        File.Copy(Commands.Sample.Corpus, corpus);
        Path = corpus + ".review.db";
        using var store = ReviewStore.Open(Path);
        var request = ImportRequest.Default with { Checks = CheckConfig.ForDatabase(Path, null) };
        foreach (var input in FormatDetector.Plan([corpus], null))
        {
            Result = new PairImporter(store, request).Import(input);
        }
    }

    public string Path { get; }

    public ImportResult? Result { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
