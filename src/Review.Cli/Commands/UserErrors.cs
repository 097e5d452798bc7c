using Review.Cli.Screen;
using Review.Core.Checks;
using Review.Core.Formats;
using Review.Core.Ports;

namespace Review.Cli.Commands;

/// <summary>Turns the errors a user can cause into one <c>review: ...</c> line on stderr and exit code 1.</summary>
internal static class UserErrors
{
    public const int Failure = 1;

    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is InputException or StoreException or StoreBusyException or ExportException or CheckConfigException or KeymapException)
        {
            error.WriteLine($"review: {VisibleText.Of(e.Message)}");
            return Failure;
        }
    }

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"review: {VisibleText.Of(message)}");
        return Failure;
    }
}
