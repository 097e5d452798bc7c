using System.Runtime.CompilerServices;
using Review.Tests.Shared;

namespace Review.Terminal.Tests.Snapshots;

/// <summary>Golden files for whole screens in Snapshots/Golden/&lt;name&gt;.txt (see <see cref="GoldenFile"/>).</summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "") =>
        GoldenFile.Match(Path.Combine(FindTestsRoot(caller), "Snapshots", "Golden"), name, actual);

    /// <summary>The test project's folder, found from the calling source file so goldens live in the repo, not in bin/.</summary>
    private static string FindTestsRoot(string caller)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(caller)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Review.Terminal.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No test project above {caller}");
    }
}
