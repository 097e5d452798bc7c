namespace Review.Core.Formats;

/// <summary>Streams rows into a writer for the requested format and moves the finished files into place.</summary>
public static class PairExporter
{
    /// <param name="database">The file the rows come from, which the export must never overwrite.</param>
    public static ExportSummary Export(IEnumerable<ExportRow> rows, ExportRequest request, Action<long>? progress = null, string? database = null)
    {
        foreach (var target in request.Files)
        {
            ExportTarget.RequireNotADatabase(target, database);
        }
        var existing = request.Files.FirstOrDefault(File.Exists);
        if (existing is not null && !request.Force)
        {
            throw new ExportException($"{existing} already exists; pass --force to replace it");
        }
        foreach (var folder in request.Files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!).Distinct())
        {
            StaleTemps.Clean(folder);
        }
        var files = new List<AtomicFile>();
        IPairWriter? writer = null;
        try
        {
            files.AddRange(request.Files.Select(f => new AtomicFile(f)));
            writer = WriterFor(request, files);
            var (read, written) = Copy(Prefetch.Ahead(rows), writer, progress);
            writer.Finish();
            AtomicFileSet.Commit(files, request.Force);
            return new ExportSummary(read, written, request.Files, writer.Notes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExportException(FileFaults.Describe(request.Files[0], e, "write") + "; nothing was replaced", e);
        }
        finally
        {
            (writer as IDisposable)?.Dispose();
            files.ForEach(f => f.Dispose());
        }
    }

    private static (long Read, long Written) Copy(IEnumerable<ExportRow> rows, IPairWriter writer, Action<long>? progress)
    {
        long read = 0;
        long written = 0;
        foreach (var row in rows)
        {
            read++;
            writer.Write(row);
            written++;
            if (progress is not null && read % 1024 == 0)
            {
                progress(read);
            }
        }
        progress?.Invoke(read);
        return (read, written);
    }

    private static IPairWriter WriterFor(ExportRequest request, List<AtomicFile> files) => request.Format switch
    {
        PairFormat.Jsonl => new JsonlWriter(files[0].Stream) { TeamDecisions = request.TeamDecisions },
        PairFormat.Tsv or PairFormat.Csv => new DelimitedWriter(files[0].Writer, request.Format),
        PairFormat.Tmx => new TmxWriter(files[0].Writer),
        PairFormat.Xliff => new Xliff12Writer(files[0].Writer),
        PairFormat.Xliff2 => new Xliff20Writer(files[0].Writer),
        PairFormat.Litedb => new LiteDbWriter(files[0].Stream, request.OutPath, request.History),
        PairFormat.Po => new PoWriter(files[0].Writer, request.PoRejected),
        PairFormat.Moses => new MosesWriter(files[0].Writer, files[1].Writer),
        _ => throw new ArgumentOutOfRangeException(nameof(request)),
    };
}
