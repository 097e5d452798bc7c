using System.Diagnostics;
using System.Reflection;
using Review.Tests.Shared;

namespace Review.Cli.Tests.Commands;

/// <summary>
/// The .NET tool, the way docs/install.md tells a user to install it: `dotnet pack`, then
/// `dotnet tool install --global` from that folder into a HOME that has never seen review,
/// then the installed command on the sample corpus.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_into_a_clean_home_and_reviews_the_sample()
    {
        using var home = new TempFolder();
        var artifacts = home.File("artifacts");
        // The projects are built already (by `dotnet test`); packing what was built keeps this test to seconds.
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Run(null, "dotnet", "pack", Project, "--no-build", "-c", configuration, "-o", artifacts, "-nologo", "-v", "quiet");
        Assert.Single(Directory.GetFiles(artifacts, "review.*.nupkg"));

        Run(home.Path, "dotnet", "tool", "install", "--global", "--add-source", artifacts, "review");
        var review = Path.Combine(home.Path, ".dotnet", "tools", "review");
        Assert.True(File.Exists(review), "dotnet tool install left no review command in ~/.dotnet/tools");

        Assert.Equal(ReviewBinary.Run("--version").Output, Run(home.Path, review, "--version"));
        var db = home.File("sample.db");
        Run(home.Path, review, "import", Sample.Corpus, "--db", db);
        Assert.StartsWith("pairs: 100\n", Run(home.Path, review, "stats", "--db", db), StringComparison.Ordinal);
    }

    private static string Project => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Sample.Corpus)!, "..", "src", "Review.Cli"));

    /// <summary>Runs a command; with a home, HOME and every .NET and NuGet folder under it are that clean folder.</summary>
    private static string Run(string? home, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (home is not null)
        {
            start.Environment["HOME"] = home;
            start.Environment["DOTNET_CLI_HOME"] = home;
            start.Environment["NUGET_PACKAGES"] = Path.Combine(home, ".nuget", "packages");
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}: {error}{output.Result}");
        return output.Result;
    }
}
