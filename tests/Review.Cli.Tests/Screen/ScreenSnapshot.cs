using System.Runtime.CompilerServices;

namespace Review.Cli.Tests.Screen;

/// <summary>
/// Golden files for whole screens in Screen/Golden/&lt;name&gt;.txt. <c>UPDATE_SNAPSHOTS=1</c>
/// rewrites them; a mismatch writes &lt;name&gt;.actual beside the golden file and fails.
/// </summary>
internal static class ScreenSnapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(caller)!, "Golden");
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
}
