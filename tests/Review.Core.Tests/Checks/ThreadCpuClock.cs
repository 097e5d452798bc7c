using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Review.Core.Tests.Checks;

/// <summary>CPU time of the calling thread, in milliseconds: what a check costs, unlike wall time
/// unmoved by the other processes of a loaded machine or the other tests running in parallel. On
/// Linux (CI) <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; elsewhere the wall clock.</summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static double NowMs()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeId, out var time) == 0)
        {
            return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        }

        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
