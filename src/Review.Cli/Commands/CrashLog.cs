using System.Globalization;

namespace Review.Cli.Commands;

/// <summary>
/// Where an unexpected exception's trace goes, so that the terminal gets one line naming the file
/// instead of a trace: <c>$XDG_STATE_HOME/review/</c> (default <c>~/.local/state/review/</c>), and
/// the temp folder when that cannot be written (a full or read-only home).
/// </summary>
internal static class CrashLog
{
    /// <summary>The file the trace was written to, or null when no folder would take it.</summary>
    public static string? Write(Exception e)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        foreach (var folder in Folders())
        {
            try
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, $"review {Environment.Version} {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n{e}\n");
                return path;
            }
            catch (Exception failed) when (failed is IOException or UnauthorizedAccessException)
            {
                // Try the next folder.
            }
        }
        return null;
    }

    private static IEnumerable<string> Folders()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (!string.IsNullOrEmpty(state) && Path.IsPathRooted(state))
        {
            yield return Path.Combine(state, "review");
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home))
        {
            yield return Path.Combine(home, ".local", "state", "review");
        }
        yield return Path.Combine(Path.GetTempPath(), "review");
    }
}
