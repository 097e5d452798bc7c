namespace Review.Core.Formats;

/// <summary>Streams rows into a writer for the requested format and moves the finished files into place.</summary>
public static class PairExporter
{
    public static ExportSummary Export(IEnumerable<ExportRow> rows, ExportRequest request, Action<long>? progress = null)
    {
        var existing = request.Files.FirstOrDefault(File.Exists);
        if (existing is not null && !request.Force)
        {
            throw new ExportException($"{existing} already exists; pass --force to replace it");
        }
        var files = request.Files.Select(f => new AtomicFile(f)).ToList();
        IPairWriter? writer = null;
        try
        {
            writer = WriterFor(request, files);
            var (read, written) = Copy(Prefetch.Ahead(rows), writer, progress);
            writer.Finish();
            files.ForEach(f => f.Commit(request.Force));
            return new ExportSummary(read, written, request.Files, writer.Notes);
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
        PairFormat.Jsonl => new JsonlWriter(files[0].Stream),
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
