namespace Review.Core.Checks;

/// <summary>
/// Learns a <see cref="CorpusProfile"/> from pairs, in one pass and bounded memory:
/// - the kind of text: software strings when at least a tenth of the sources carry a placeholder,
///   a command-line option or an indented help line, or when half are under 60 characters;
/// - the length-ratio band (<see cref="LengthRatioCalibrator"/>);
/// - the accelerator marker: <c>&amp;</c> or <c>_</c> when at least five one-line sources have
///   exactly one and their targets keep one at least a fifth of the time (so <c>snake_case</c> or
///   <c>R&amp;D</c> in a corpus without accelerators teaches nothing);
/// - per end mark, the share of sources ending with it whose target ends with it too, once 20
///   such sources are seen.
/// </summary>
public sealed class CorpusCalibrator(int minSourceLength = 20)
{
    private const int MinMarkSamples = 20;
    private static readonly char[] Markers = ['&', '_'];

    private readonly LengthRatioCalibrator _band = new(minSourceLength);
    private readonly int[] _labels = new int[Markers.Length];
    private readonly int[] _kept = new int[Markers.Length];
    private readonly Dictionary<EndMark, (int Ends, int Kept)> _marks = [];
    private long _pairs;
    private long _software;
    private long _shortSources;

    public void Add(string source, string target)
    {
        _pairs++;
        _band.Add(source, target);
        _software += LooksLikeSoftware(source) ? 1 : 0;
        _shortSources += source.Length < 60 ? 1 : 0;
        for (var i = 0; i < Markers.Length; i++)
        {
            if (source.Contains(Markers[i]) && Accelerators.IsLabel(source) && Accelerators.Find(source, Markers[i]).Count == 1)
            {
                _labels[i]++;
                _kept[i] += Accelerators.Find(target, Markers[i]).Count > 0 ? 1 : 0;
            }
        }

        var mark = EndMarks.Of(source);
        if (mark != EndMark.None)
        {
            var (ends, keptMark) = _marks.GetValueOrDefault(mark);
            _marks[mark] = (ends + 1, keptMark + (EndMarks.Of(target) == mark ? 1 : 0));
        }
    }

    /// <summary>The profile learned so far; <paramref name="kind"/> (from the config) overrides the
    /// learned kind, <paramref name="fallbackBand"/> is used with too few pairs to learn a band.</summary>
    public CorpusProfile Profile(LengthRatioBand fallbackBand, TextKind? kind = null)
    {
        var learnedKind = _pairs > 0 && (_software * 10 >= _pairs || _shortSources * 2 >= _pairs) ? TextKind.Software : TextKind.Prose;
        char? marker = null;
        var best = 0;
        for (var i = 0; i < Markers.Length; i++)
        {
            if (_kept[i] >= 5 && _kept[i] * 5 >= _labels[i] && _kept[i] > best)
            {
                marker = Markers[i];
                best = _kept[i];
            }
        }

        var rates = _marks.Where(m => m.Value.Ends >= MinMarkSamples)
            .ToDictionary(m => m.Key, m => (double)m.Value.Kept / m.Value.Ends);
        return new CorpusProfile(kind ?? learnedKind, _band.Band(fallbackBand), marker, rates);
    }

    private static bool LooksLikeSoftware(string source) =>
        source.Contains(" --", StringComparison.Ordinal) || source.Contains("\n  ", StringComparison.Ordinal)
        || PlaceholderScanner.Find(source, [], []).Count > 0;
}
