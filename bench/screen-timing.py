#!/usr/bin/env python3
"""The review screen as an annotator meets it, timed from outside through a real pty (80x24).

Usage: bench/screen-timing.py DB KEYS -- REVIEW_COMMAND...
Prints one line: first frame ms (start to the first screen showing a pair), first key ms (accept,
'a', to the first byte of the next frame: the decision committed and the next pair loaded), next
pair p50/p99 ms over KEYS presses of 'j', and the process's peak memory (VmHWM) before it quits.
Only the Python standard library: os.forkpty, select, /proc.
"""
import fcntl, os, select, signal, struct, sys, termios, time

def main():
    db, keys = sys.argv[1], int(sys.argv[2])
    command = sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    pid, fd = os.forkpty()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        os.execvp(command[0], command + ["--db", db, "--annotator", "bench"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.kill(pid, signal.SIGWINCH)

    seen = bytearray()
    def read(timeout):
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return b""
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            return b""
        seen.extend(chunk)
        return chunk

    def drain(quiet=0.05):
        while read(quiet):
            pass

    # The first frame: half a kilobyte drawn (entering the screen alone writes a few dozen bytes; an 80x24 frame, kilobytes).
    while len(seen) < 500:
        if time.monotonic() - start > 600 or not read(1) and os.waitpid(pid, os.WNOHANG)[0]:
            sys.exit("review exited or drew nothing: " + seen[-300:].decode("utf-8", "replace"))
    first_frame = time.monotonic() - start
    drain(0.3)

    def press(key):
        sent = time.monotonic()
        os.write(fd, key)
        while not read(30):
            if time.monotonic() - sent > 30:
                sys.exit(f"no frame after {key!r}")
        answered = time.monotonic() - sent
        drain()
        return answered

    first_key = press(b"a")
    steps = sorted(press(b"j") for _ in range(keys))
    with open(f"/proc/{pid}/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    os.write(fd, b"q")
    drain(0.5)
    os.waitpid(pid, 0)
    p = lambda q: steps[min(len(steps) - 1, int(q * len(steps)))] * 1000
    print(f"first frame {first_frame * 1000:.0f} ms, first key {first_key * 1000:.1f} ms, "
          f"next pair p50 {p(0.5):.1f} ms p99 {p(0.99):.1f} ms ({keys} keys), peak {int(peak) // 1024} MiB")

if __name__ == "__main__":
    main()
