using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Review.Core.Formats;

/// <summary>
/// Names the temporary files of an export, <c>.NAME.PID-RANDOM.review-tmp</c> beside the target
/// (and <c>.NAME.PID-RANDOM.review-old</c> for an older file moved aside while a set is committed),
/// and removes those of processes that are gone: a kill -9 mid-export leaves its temp file behind,
/// and the next export in that folder, or <c>review</c> starting, clears it. An older file moved
/// aside by a killed commit goes back to its name if nothing has taken it, so a kill never loses it.
/// </summary>
public static partial class StaleTemps
{
    public const string TempMark = "review-tmp";
    public const string OldMark = "review-old";

    public static string NewSuffix => string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static string NameFor(string target, string suffix, string mark = TempMark)
    {
        var full = Path.GetFullPath(target);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{suffix}.{mark}");
    }

    /// <summary>Removes (or, for a moved-aside original, restores) the leftovers of dead processes in <paramref name="folder"/>; returns how many.</summary>
    public static int Clean(string folder)
    {
        var cleaned = 0;
        string[] names;
        try
        {
            names = Directory.GetFiles(folder, ".*.review-*");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        foreach (var path in names)
        {
            if (Leftover().Match(Path.GetFileName(path)) is not { Success: true } match
                || IsRunning(int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture)))
            {
                continue;
            }
            try
            {
                var target = Path.Combine(folder, match.Groups["name"].Value);
                if (match.Groups["mark"].Value == OldMark && !File.Exists(target))
                {
                    File.Move(path, target);
                }
                else
                {
                    File.Delete(path);
                }
                cleaned++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file we cannot remove (a read-only folder) stays; the export itself will say why it cannot write there.
            }
        }
        return cleaned;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<pid>\d{1,9})-[0-9a-f]{32}\.(?<mark>review-tmp|review-old)$")]
    private static partial Regex Leftover();
}
