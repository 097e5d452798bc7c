using System.Diagnostics;

namespace Review.Cli.Tests;

/// <summary>
/// The review program that the tests driving a real binary start: the JIT build copied next to the
/// tests (`dotnet review.dll`), or the executable that <c>REVIEW_BINARY</c> names. CI sets it to the
/// Native AOT publish and runs those tests a second time, so both builds face the same keys.
/// </summary>
internal static class ReviewExecutable
{
    public const string Variable = "REVIEW_BINARY";

    /// <summary>A start for `review ARGS`, without redirections.</summary>
    public static ProcessStartInfo Start(params IEnumerable<string> args)
    {
        var native = NativeBinary();
        var start = new ProcessStartInfo(native ?? "dotnet");
        if (native is null)
        {
            start.ArgumentList.Add(JitAssembly);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    /// <summary>The command as `sh` reads it, quoted, for tmux panes.</summary>
    public static string ShellCommand =>
        NativeBinary() is { } native ? Quote(native) : "dotnet " + Quote(JitAssembly);

    private static string JitAssembly => Path.Combine(AppContext.BaseDirectory, "review.dll");

    private static string? NativeBinary()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }
        // A wrong path must fail the run, not fall back to the JIT build and pass for the wrong binary.
        return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"{Variable} names no file", path);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
