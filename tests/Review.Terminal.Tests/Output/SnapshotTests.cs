using Review.Terminal.Tests.Snapshots;

namespace Review.Terminal.Tests.Output;

/// <summary>The golden-file helper itself, run against a throwaway project folder.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("snapshot-test-").FullName;

    public SnapshotTests() => File.WriteAllText(Path.Combine(_root, "Review.Terminal.Tests.csproj"), "<Project />");

    private string Caller => Path.Combine(_root, "Output", "SomeTests.cs");

    private string Golden(string extension) => Path.Combine(_root, "Snapshots", "Golden", "screen" + extension);

    [Fact]
    public void Mismatch_writes_an_actual_file_and_fails()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1", "UPDATE_SNAPSHOTS=1 accepts every screen");
        Directory.CreateDirectory(Path.GetDirectoryName(Golden(".txt"))!);
        File.WriteAllText(Golden(".txt"), "expected 한국어\n");

        Assert.ThrowsAny<Exception>(() => Snapshot.Match("screen", "actual 한국어", Caller));

        Assert.Equal("actual 한국어\n", File.ReadAllText(Golden(".actual")));
    }

    [Fact]
    public void Match_passes_and_removes_a_stale_actual_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Golden(".txt"))!);
        File.WriteAllText(Golden(".txt"), "same\n");
        File.WriteAllText(Golden(".actual"), "stale\n");

        Snapshot.Match("screen", "same", Caller);

        Assert.False(File.Exists(Golden(".actual")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
