using System.Runtime.InteropServices;

namespace Review.Terminal.Drivers;

/// <summary>The few libc calls the Unix driver needs.</summary>
internal static unsafe partial class LibC
{
    public const int StdIn = 0;
    public const int StdOut = 1;
    public const short PollIn = 0x001;
    public const short PollErr = 0x008;
    public const short PollHup = 0x010;
    public const int TcsaNow = 0;
    public const int EIntr = 4;
    public const int EAgain = 11;

    /// <summary>
    /// struct termios is 60 bytes on linux-x64 (four uint flags, c_line, 32 c_cc, two speeds) and 72
    /// on macOS (ulong flags, 20 c_cc). We keep it as an opaque buffer larger than both and let
    /// cfmakeraw edit it, so no field offset of ours can be wrong on either layout.
    /// </summary>
    public const int TermiosBufferSize = 256;

    public static ulong WindowSizeRequest => OperatingSystem.IsMacOS() ? 0x40087468UL : 0x5413UL;

    public static int StopSignal => OperatingSystem.IsMacOS() ? 18 : 20;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort XPixels;
        public ushort YPixels;
    }

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int TcGetAttr(int fd, byte* termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int TcSetAttr(int fd, int optionalActions, byte* termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    public static partial void CfMakeRaw(byte* termios);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoctlWinSize(int fd, ulong request, WinSize* size);

    [LibraryImport("libc", EntryPoint = "isatty")]
    public static partial int IsATty(int fd);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMilliseconds);

    [LibraryImport("libc", EntryPoint = "pipe", SetLastError = true)]
    public static partial int Pipe(int* fds);

    [LibraryImport("libc", EntryPoint = "close")]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "getpid")]
    public static partial int GetPid();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    /// <summary>Writes everything, retrying short writes and EINTR; a dead terminal ends it quietly.</summary>
    public static void WriteAll(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var written = Write(fd, start + offset, bytes.Length - offset);
                if (written > 0)
                {
                    offset += (int)written;
                }
                else if (written < 0 && Marshal.GetLastPInvokeError() is EIntr or EAgain)
                {
                    continue;
                }
                else
                {
                    return;
                }
            }
        }
    }
}
