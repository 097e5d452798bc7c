using System.Runtime.CompilerServices;

namespace Review.Terminal.Tests.Snapshots;

/// <summary>
/// Golden files for whole screens, kept next to this file as <c>&lt;name&gt;.txt</c>.
/// <c>UPDATE_SNAPSHOTS=1</c> rewrites them; a mismatch writes <c>&lt;name&gt;.actual</c> beside the golden and fails.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(FindTestsRoot(caller), "Snapshots", "Golden");
        var golden = Path.Combine(directory, name + ".txt");
        var actualPath = Path.Combine(directory, name + ".actual");
        var normalized = actual.Replace("\r\n", "\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(golden, normalized);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(golden) ? File.ReadAllText(golden).Replace("\r\n", "\n") : null;
        if (expected == normalized)
        {
            File.Delete(actualPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(actualPath, normalized);
        Assert.Fail(expected is null
            ? $"No golden file {golden}; wrote {actualPath}. Run with UPDATE_SNAPSHOTS=1 to accept it."
            : $"Screen differs from {golden}; wrote {actualPath}. Compare them, and run with UPDATE_SNAPSHOTS=1 if the change is intended.");
    }

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
