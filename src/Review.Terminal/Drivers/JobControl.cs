using System.Runtime.InteropServices;

namespace Review.Terminal.Drivers;

/// <summary>
/// Whether stopping ourselves makes sense: only a shell with job control (which put us in our own
/// process group under it) can resume us with fg. In an orphaned process group, as under
/// `bash script.sh` or a plain `ssh host review`, the kernel discards SIGTSTP, so suspending
/// would only leave the screen restored with nobody to bring it back.
/// </summary>
internal static partial class JobControl
{
    public static bool CanSuspend()
    {
        var parent = GetPPid();
        var group = GetPGid(0);
        var parentGroup = GetPGid(parent);
        return parentGroup >= 0 && parentGroup != group && GetSid(parent) == GetSid(0);
    }

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetPPid();

    [LibraryImport("libc", EntryPoint = "getpgid")]
    private static partial int GetPGid(int pid);

    [LibraryImport("libc", EntryPoint = "getsid")]
    private static partial int GetSid(int pid);
}
