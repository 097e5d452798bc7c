namespace Review.Tests.Shared;

/// <summary>
/// Golden files for whole screens: <c>&lt;directory&gt;/&lt;name&gt;.txt</c>. <c>UPDATE_SNAPSHOTS=1</c>
/// rewrites them; a mismatch writes <c>&lt;name&gt;.actual</c> beside the golden file and fails.
/// Linked into each test project that keeps goldens, so they all behave alike.
/// </summary>
internal static class GoldenFile
{
    public static void Match(string directory, string name, string actual)
    {
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
