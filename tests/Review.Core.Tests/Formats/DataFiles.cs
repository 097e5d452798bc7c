using Review.Core.Tests.Encodings;

namespace Review.Core.Tests.Formats;

/// <summary>The small real files under Formats/Data (see its README for where each came from).</summary>
internal static class DataFiles
{
    public static string Path(string name) => System.IO.Path.Combine(RepoFiles.Root, "tests", "Review.Core.Tests", "Formats", "Data", name);
}
