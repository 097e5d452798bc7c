namespace Review.Core.Formats;

/// <summary>Opens the reader for an <see cref="ImportInput"/>.</summary>
public static class PairReaders
{
    public static IPairReader Open(ImportInput input, FieldOptions fields, LanguagePair? languages)
    {
        var first = OpenFile(input.Paths[0]);
        return input.Format switch
        {
            PairFormat.Jsonl => new JsonlReader(first, input.Paths[0], fields, languages),
            PairFormat.Csv or PairFormat.Tsv => new CsvPairReader(first, input.Paths[0], input.Format, fields, languages),
            PairFormat.Tmx => new TmxReader(first, input.Paths[0], languages),
            PairFormat.Xliff or PairFormat.Xliff2 => new XliffReader(first, input.Paths[0], languages),
            PairFormat.Litedb => new LiteDbReader(first, input.Paths[0], languages),
            PairFormat.Po => new PoReader(first, input.Paths[0], languages),
            PairFormat.Moses => new MosesReader(first, input.Paths[0], OpenFile(input.Paths[1]), input.Paths[1], languages),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
    }

    public static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (IOException e)
        {
            throw new InputException(path, null, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(path, null, e.Message);
        }
    }
}
