namespace Review.Core.Checks;

/// <summary>
/// What the checks learn from a corpus before they run on it (<see cref="CorpusCalibrator"/>): the
/// kind of text, which sets the thresholds; the length-ratio band; the accelerator marker its
/// sources use, if any; and how often its translators keep each end mark.
/// </summary>
public sealed record CorpusProfile(
    TextKind Kind,
    LengthRatioBand? Band,
    char? AcceleratorMarker,
    IReadOnlyDictionary<EndMark, double> EndMarkKeepRates)
{
    /// <summary>Nothing learned: prose, the language pair's default band, no accelerators.</summary>
    public static readonly CorpusProfile Default = new(TextKind.Prose, null, null, new Dictionary<EndMark, double>());

    public static string Name(TextKind kind) => kind == TextKind.Software ? "software" : "prose";
}
