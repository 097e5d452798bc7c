using System.Diagnostics;
using System.Runtime.Versioning;

namespace Review.Terminal.Drivers;

/// <summary>Reading fd 0: poll(2) on stdin and the wake pipe, then read(2) what is there.</summary>
[UnsupportedOSPlatform("windows")]
public sealed unsafe partial class UnixTerminal
{
    /// <summary>Waits for stdin or the wake pipe and reads what stdin has into the decoder.</summary>
    private void WaitForInput(TimeSpan wait)
    {
        var fds = stackalloc LibC.PollFd[2];
        fds[0] = new LibC.PollFd { Fd = LibC.StdIn, Events = LibC.PollIn };
        fds[1] = new LibC.PollFd { Fd = _wakePipe[0], Events = LibC.PollIn };
        var milliseconds = wait == Timeout.InfiniteTimeSpan ? -1 : (int)Math.Ceiling(Math.Max(0, wait.TotalMilliseconds));
        var ready = LibC.Poll(fds, _wakePipe[0] >= 0 ? 2u : 1u, milliseconds);
        if (ready <= 0)
        {
            return;
        }

        if ((fds[1].Revents & LibC.PollIn) != 0)
        {
            var drain = stackalloc byte[64];
            LibC.Read(_wakePipe[0], drain, 64);
        }

        if ((fds[0].Revents & LibC.PollIn) != 0)
        {
            ReadStdIn();
        }
        else if ((fds[0].Revents & (LibC.PollHup | LibC.PollErr)) != 0)
        {
            throw new IOException("the terminal was closed");
        }
    }

    private void ReadStdIn()
    {
        fixed (byte* buffer = _readBuffer)
        {
            var count = LibC.Read(LibC.StdIn, buffer, _readBuffer.Length);
            if (count == 0)
            {
                throw new IOException("the terminal was closed");
            }

            if (count > 0)
            {
                _lastInputAt = Stopwatch.GetTimestamp();
                _options.RawInputObserver?.Invoke(_readBuffer.AsSpan(0, (int)count).ToArray());
                _decoder.Feed(_readBuffer.AsSpan(0, (int)count));
            }
        }
    }
}
