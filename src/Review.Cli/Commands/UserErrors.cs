using Review.Cli.Screen;
using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Ports;
using Review.Storage.Sqlite;

namespace Review.Cli.Commands;

/// <summary>
/// The one error path of the app: whatever a command throws becomes one <c>review: ...</c> line on
/// stderr and exit code 1. Failures a user or the machine can cause say which file and what to do;
/// anything else is a bug, whose trace goes to <see cref="CrashLog"/> and whose line names that file.
/// </summary>
internal static class UserErrors
{
    public const int Failure = 1;

    /// <param name="database">The database the command works on, so that a raw SQLite error or a damaged value names it.</param>
    public static int Run(TextWriter error, Func<int> action, string? database = null)
    {
        try
        {
            return action();
        }
        catch (Exception e)
        {
            return Fail(error, MessageOf(e, database));
        }
    }

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"review: {Sanitizer.ToDisplayString(message)}");
        return Failure;
    }

    public static string MessageOf(Exception e, string? database) => e switch
    {
        InputException or StoreException or StoreBusyException or ExportException or CheckConfigException or KeymapException => e.Message,
        _ when database is not null && StoreFaults.Describe(Full(database), e) is { } described => described,
        InvalidDataException when database is not null => StoreFaults.Damaged(Full(database), e.Message, e).Message,
        IOException when FileFaults.IsDiskFull(e) => $"the disk is full ({e.Message}); free some space and try again",
        IOException or UnauthorizedAccessException => $"cannot read or write a file: {e.Message}",
        _ => Unexpected(e),
    };

    private static string Unexpected(Exception e)
    {
        var log = CrashLog.Write(e);
        var where = log is null ? "no folder would take its trace" : $"its trace is in {log}";
        return $"internal error ({e.GetType().Name}: {e.Message}); this is a bug in review, please report it; {where}";
    }

    private static string Full(string path) => StoreFactory.DisplayName(path);
}
