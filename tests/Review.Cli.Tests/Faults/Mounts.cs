using System.Diagnostics;

namespace Review.Cli.Tests.Faults;

/// <summary>
/// mount(8) for the fault tests, which run as root (CI does). A mount that cannot be made fails the
/// test: skipping would hide that the faults were never injected.
/// </summary>
internal static class Mounts
{
    public static void Mount(params string[] args) => Require("mount", args);

    /// <summary>Lazy, so that a file still open in a failed test cannot keep the mount (and the next run's folder) busy.</summary>
    public static void Unmount(string path) => Run("umount", ["-l", path]);

    /// <summary>Makes <paramref name="path"/> (a folder or a single file) read-only for everyone, root included: EROFS, unlike permission bits.</summary>
    public static void BindReadOnly(string source, string target)
    {
        Mount("--bind", source, target);
        try
        {
            Mount("-o", "remount,bind,ro", target);
        }
        catch
        {
            Unmount(target);
            throw;
        }
    }

    private static void Require(string program, string[] args)
    {
        var (exit, output) = Run(program, args);
        if (exit != 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{program} {string.Join(' ', args)} failed ({exit}): {output.Trim()}; the fault tests need root and mount(8) (CI runs as root)");
        }
    }

    private static (int Exit, string Output) Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
