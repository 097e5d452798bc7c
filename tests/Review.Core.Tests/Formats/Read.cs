using Review.Core.Formats;

namespace Review.Core.Tests.Formats;

/// <summary>Reads all records of a file the way the importer would.</summary>
internal static class Read
{
    public static List<PairRecord> All(string path, PairFormat format, FieldOptions? fields = null, LanguagePair? languages = null) =>
        All(new ImportInput(format, [path]), fields, languages, out _);

    public static List<PairRecord> All(ImportInput input, FieldOptions? fields, LanguagePair? languages, out IPairReader reader)
    {
        reader = PairReaders.Open(input, fields ?? FieldOptions.Detect, languages);
        using (reader)
        {
            return reader.Records().ToList();
        }
    }

    public static InputException Failure(string path, PairFormat format, FieldOptions? fields = null) =>
        Assert.Throws<InputException>(() => All(path, format, fields));
}
