using Review.Core.Checks;
using Review.Core.Encodings;
using Review.Core.Pairs;
using Review.Core.Storage;

namespace Review.Cli.Screen;

/// <summary>
/// Keeps a pair's stored findings about its final text: the checks run again on it (with the
/// settings next to the database), and the encoding repair's findings stay only while the text is
/// the repaired target, since an edit leaves the guesses behind.
/// </summary>
internal sealed class FindingRefresh(ReviewStore store, CheckConfig? config)
{
    private CheckRunner? checks;

    public void Refresh(PairId id)
    {
        if (store.GetPair(id) is not { } pair)
        {
            return;
        }
        var text = store.FinalTarget(id);
        checks ??= CheckCatalog.Create(config ?? CheckConfig.ForDatabase(store.Path, null));
        var found = checks.Run(pair.Source, text, pair.SourceLang, pair.TargetLang).Findings;
        store.ReplaceFindings(id, [.. EncodingFindings.ForStored(pair, text), .. found]);
    }
}
