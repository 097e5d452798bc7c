using Review.Core.Formats;
using Review.Core.Ports;

namespace Review.Cli.Commands;

/// <summary>The one language pair of a database's imports, which names a Moses export's files; null when they differ.</summary>
internal static class ExportLanguages
{
    public static LanguagePair? Of(IImportSink store)
    {
        var pairs = store.Imports().Select(i => new LanguagePair(i.SourceLang, i.TargetLang)).Distinct().ToList();
        return pairs.Count == 1 ? pairs[0] : null;
    }
}
