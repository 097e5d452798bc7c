using System.Runtime.CompilerServices;

namespace Review.Cli.Tests.Screen;

/// <summary>Golden files for whole screens in Screen/Golden/&lt;name&gt;.txt (see <see cref="GoldenFile"/>).</summary>
internal static class ScreenSnapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "") =>
        GoldenFile.Match(Path.Combine(Path.GetDirectoryName(caller)!, "Golden"), name, actual);
}
