namespace Review.Cli.Tests.Commands;

/// <summary>The repository's sample corpus, found from the test binary's folder.</summary>
internal static class Sample
{
    public static string Corpus => System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "../../../../../data/arxiv-translator-ko.jsonl"));
}
