namespace Review.Core.Encodings;

/// <summary>
/// Detects line by line over a stream, remembering what earlier lines showed: a short line whose
/// only garbled characters lost a byte cannot prove its code page alone, but it can agree with the
/// scheme the stream has already shown.
/// </summary>
public sealed class StreamDetector
{
    private readonly Dictionary<GarbleScheme, int> _votes = [];
    private readonly HashSet<ScriptClass> _scripts = [];

    /// <summary>The scheme the stream has shown most often so far.</summary>
    public GarbleScheme? Dominant => _votes.Count == 0 ? null : _votes.MaxBy(v => v.Value).Key;

    public GarbleScheme? Next(string line)
    {
        if (Mojibake.Detect(line) is { } scheme)
        {
            _votes[scheme] = _votes.GetValueOrDefault(scheme) + 1;
            _scripts.UnionWith(MojibakeAnalyser.ScriptsOf(SegmentParser.Parse(line, scheme.CodePage), null));
            return scheme;
        }

        if (Dominant is not { } dominant || !line.Any(c => c >= 0x80))
        {
            return null;
        }

        var evidence = MojibakeAnalyser.Analyse(line, dominant.CodePage, _scripts);
        return evidence is { Broken: 0, Foreign: 0 } && evidence.Complete + evidence.Repairable > 0 ? dominant : null;
    }
}
