using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Review.Core.Tests.Storage;

/// <summary>
/// Runs tests/Review.StoreWriter as a real separate process and collects its acknowledgements.
/// The test project references the writer project (without its assembly), so it is built first
/// next to this one: tests/Review.StoreWriter/bin/CONFIG/TFM/.
/// </summary>
public sealed class StoreWriterProcess : IDisposable
{
    private readonly Process process;
    private readonly List<WriterAck> acks = [];
    private readonly StringBuilder errors = new();

    public StoreWriterProcess(string database, string annotator, int count, TimeSpan busyTimeout)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Locate(), database, annotator, count.ToString(CultureInfo.InvariantCulture),
                     ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<WriterAck> Acks
    {
        get
        {
            lock (acks)
            {
                return [.. acks];
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString().Trim();
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
        throw new FileNotFoundException($"Review.StoreWriter.dll ({configuration}/{framework}) not found above {output.FullName}; build tests/Review.Core.Tests first");
    }

    /// <summary>Waits until at least <paramref name="count"/> decisions were acknowledged or the writer ended.</summary>
    public void WaitForAcks(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        lock (acks)
        {
            while (acks.Count < count && !process.HasExited && clock.Elapsed < timeout)
            {
                Monitor.Wait(acks, TimeSpan.FromMilliseconds(100));
            }
        }
    }

    /// <summary>SIGKILL on Unix: no finally blocks, no flush, no SQLite cleanup.</summary>
    public void KillHard()
    {
        process.Kill();
        process.WaitForExit();
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill();
            throw new TimeoutException($"the store writer did not finish within {timeout}; errors: {Errors}");
        }
        // Drains the redirected streams to their end.
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null || !line.StartsWith("ack ", StringComparison.Ordinal))
        {
            return;
        }
        var parts = line.Split(' ', 3);
        lock (acks)
        {
            acks.Add(new WriterAck(long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]));
            Monitor.PulseAll(acks);
        }
    }
}
