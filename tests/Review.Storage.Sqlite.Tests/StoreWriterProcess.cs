using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Review.Storage.Sqlite.Tests;

/// <summary>
/// Runs tests/Review.StoreWriter as a real separate process and collects its acknowledgements.
/// The test project references the writer project (without its assembly), so it is built first
/// next to this one: tests/Review.StoreWriter/bin/CONFIG/TFM/.
/// </summary>
public sealed class StoreWriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<WriterAck> _acks = [];
    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();

    private StoreWriterProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Locate());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Records <paramref name="count"/> decisions as <paramref name="annotator"/>, acknowledging each.</summary>
    public static StoreWriterProcess Decide(string database, string annotator, int count, TimeSpan busyTimeout) =>
        new("decide", database, annotator, Text(count), Text((long)busyTimeout.TotalMilliseconds));

    /// <summary>Imports <paramref name="count"/> pairs in one batch, reporting progress every 100 rows.</summary>
    public static StoreWriterProcess Import(string database, int count) => new("import", database, Text(count));

    public IReadOnlyList<WriterAck> Acks
    {
        get
        {
            lock (_acks)
            {
                return [.. _acks];
            }
        }
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_acks)
            {
                return [.. _lines];
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString().Trim();
            }
        }
    }

    public static string Locate()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Review.StoreWriter", "bin", configuration, framework, "Review.StoreWriter.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"Review.StoreWriter.dll ({configuration}/{framework}) not found above {output.FullName}; build tests/Review.Storage.Sqlite.Tests first");
    }

    /// <summary>Waits until the writer printed at least <paramref name="count"/> lines, or ended.</summary>
    public void WaitForLines(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        lock (_acks)
        {
            while (_lines.Count < count && !_process.HasExited && clock.Elapsed < timeout)
            {
                Monitor.Wait(_acks, TimeSpan.FromMilliseconds(100));
            }
        }
    }

    /// <summary>SIGKILL on Unix: no finally blocks, no flush, no SQLite cleanup.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill();
            throw new TimeoutException($"the store writer did not finish within {timeout}; errors: {Errors}");
        }
        // Drains the redirected streams to their end.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.Dispose();
    }

    private static string Text(long number) => number.ToString(CultureInfo.InvariantCulture);

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_acks)
        {
            _lines.Add(line);
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                _acks.Add(new WriterAck(long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]));
            }
            Monitor.PulseAll(_acks);
        }
    }
}
