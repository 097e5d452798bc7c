using System.Diagnostics;
using System.Globalization;

namespace Review.Bench.Queue;

/// <summary>
/// The queue benchmark with each annotator in a process of its own, as the team's 8 `review`
/// processes are: SQLite's locks and busy waits then work between processes, not between
/// connections of one process. Each child opens its store and says "ready"; once all have, the
/// parent says "go" to all; each child then prints its latencies, which the parent merges.
/// </summary>
internal static class QueueProcesses
{
    private const string ChildCommand = "queue-annotator";

    public static (List<double> Claims, List<double> Decisions, int BusyTimeouts) Run(string path, int annotators, int steps, int pace, int overlap)
    {
        var children = Enumerable.Range(1, annotators).Select(i => Start(path, $"bench{i}", steps, pace, overlap)).ToList();
        try
        {
            foreach (var child in children)
            {
                if (child.StandardOutput.ReadLine() != "ready")
                {
                    throw new InvalidOperationException($"an annotator process failed to start: {child.StandardError.ReadToEnd()}");
                }
            }
            children.ForEach(c => c.StandardInput.WriteLine("go"));
            var outputs = children.Select(c => c.StandardOutput.ReadToEndAsync()).ToList();
            var claims = new List<double>();
            var decisions = new List<double>();
            var busy = 0;
            for (var i = 0; i < children.Count; i++)
            {
                children[i].WaitForExit();
                if (children[i].ExitCode != 0)
                {
                    throw new InvalidOperationException($"annotator process {i + 1} failed: {children[i].StandardError.ReadToEnd()}");
                }
                foreach (var line in outputs[i].Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var value = double.Parse(line[2..], CultureInfo.InvariantCulture);
                    switch (line[0])
                    {
                        case 'c': claims.Add(value); break;
                        case 'd': decisions.Add(value); break;
                        default: busy += (int)value; break;
                    }
                }
            }
            return (claims, decisions, busy);
        }
        finally
        {
            children.ForEach(c => c.Dispose());
        }
    }

    /// <summary><c>queue-annotator PATH ANNOTATOR STEPS PACE_MS OVERLAP</c>: one child.</summary>
    public static int Child(string[] args)
    {
        var annotator = new QueueAnnotator(args[0], args[1], Number(args[2]), Number(args[3]), Number(args[4]));
        annotator.Run(() =>
        {
            Console.Out.WriteLine("ready");
            Console.Out.Flush();
            Console.In.ReadLine();
        });
        var output = new System.Text.StringBuilder();
        annotator.Claims.ForEach(c => output.Append(CultureInfo.InvariantCulture, $"c {c:R}\n"));
        annotator.Decisions.ForEach(d => output.Append(CultureInfo.InvariantCulture, $"d {d:R}\n"));
        output.Append(CultureInfo.InvariantCulture, $"b {annotator.BusyTimeouts}\n");
        Console.Out.Write(output.ToString());
        return 0;
    }

    private static Process Start(string path, string annotator, int steps, int pace, int overlap)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Run as `dotnet Review.Bench.dll`, the child needs the dll named again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(QueueProcesses).Assembly.Location);
        }
        foreach (var arg in new[] { ChildCommand, path, annotator, Text(steps), Text(pace), Text(overlap) })
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("could not start an annotator process");
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
