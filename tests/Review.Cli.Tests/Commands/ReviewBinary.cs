using System.Diagnostics;

namespace Review.Cli.Tests.Commands;

/// <summary>Runs the built <c>review</c> executable (copied next to the tests) with redirected output.</summary>
internal static class ReviewBinary
{
    public static CliRun Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "review.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error);
    }
}
