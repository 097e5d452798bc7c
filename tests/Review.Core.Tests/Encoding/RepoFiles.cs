namespace Review.Core.Tests.Encodings;

/// <summary>Finds files of the repository (the sample corpus) and of this test folder from the test binary.</summary>
internal static class RepoFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Review.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Review.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SampleCorpus => Path.Combine(Root, "data", "arxiv-translator-ko.jsonl");

    public static string HeldOutKorean => Path.Combine(Root, "tests", "Review.Core.Tests", "Encoding", "heldout-korean.txt");
}
