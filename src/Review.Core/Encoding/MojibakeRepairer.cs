using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// Repairs the texts of one column (or one stream) garbled by one scheme. It learns from every text
/// it sees: the scripts that occur intact decide which candidates are plausible, and the intact
/// characters and confident guesses are added to the language model as the corpus's own counts.
/// </summary>
public sealed class MojibakeRepairer
{
    private const double LearnableConfidence = 0.95;

    /// <summary>Before any intact character has shown the script, the caller's word that the text is garbled is all we have.</summary>
    private static readonly HashSet<ScriptClass> AnyScript = Enum.GetValues<ScriptClass>().Where(s => s != ScriptClass.Other).ToHashSet();

    private readonly CharScorer _scorer;
    private readonly HashSet<ScriptClass> _scripts = [];
    private readonly Dictionary<long, RepairSlot?> _guessCache = [];

    public MojibakeRepairer(GarbleScheme scheme)
    {
        Scheme = scheme;
        _scorer = new CharScorer(CharModel.Korean, new AdaptiveCounts());
    }

    public GarbleScheme Scheme { get; }

    public RepairResult Repair(string garbled)
    {
        var body = garbled.TrimEnd('\uFFFD');
        var cutMarked = body.Length < garbled.Length;
        body = PeelOuterLayers(body);
        var segments = SegmentParser.Parse(body, Scheme.CodePage);
        LearnScripts(segments);
        var plausible = _scripts.Count > 0 ? _scripts : AnyScript;
        var (slots, unrepaired, cutInside) = new RepairSlotBuilder(body, Scheme.CodePage, plausible, _guessCache).Build(segments, cutMarked);
        var chosen = GuessDecoder.Choose(slots, _scorer);
        var (text, guesses) = Assemble(slots, chosen);
        var truncated = cutMarked || cutInside;
        Learn(slots, chosen, guesses);
        return new RepairResult(garbled, truncated ? text + "\uFFFD" : text, Scheme, guesses, truncated, unrepaired);
    }

    /// <summary>A script seen intact for the first time makes new candidates plausible, so cached guesses are recomputed.</summary>
    private void LearnScripts(List<GarbledSegment> segments)
    {
        var before = _scripts.Count;
        _scripts.UnionWith(MojibakeAnalyser.ScriptsOf(segments, null));
        if (_scripts.Count != before)
        {
            _guessCache.Clear();
        }
    }

    private string PeelOuterLayers(string text)
    {
        for (var layer = 1; layer < Scheme.Depth; layer++)
        {
            if (MojibakeAnalyser.DecodeLossless(text, Scheme.CodePage) is not { } inner)
            {
                break;
            }

            text = inner;
        }

        return text;
    }

    private (string Text, List<RepairGuess> Guesses) Assemble(List<RepairSlot> slots, int[] chosen)
    {
        var builder = new StringBuilder();
        var guesses = new List<RepairGuess>();
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (slot.IsGuess)
            {
                var previous = i > 0 ? slots[i - 1].LastTokens[chosen[i - 1]] : ' ';
                var next = i + 1 < slots.Count ? slots[i + 1].FirstTokens[chosen[i + 1]] : ' ';
                var (ranked, confidence) = GuessDecoder.Rank(slot, chosen[i], previous, next, _scorer);
                var pick = slot.Texts[chosen[i]];
                var alternatives = ranked.Select(r => slot.Texts[r]).Where(t => t != pick).ToArray();
                guesses.Add(new RepairGuess(builder.Length, pick.Length, pick, alternatives, confidence));
            }

            builder.Append(slot.Texts[chosen[i]]);
        }

        return (builder.ToString(), guesses);
    }

    /// <summary>Adds the text's intact bigrams, and those through confident guesses, to the corpus counts.</summary>
    private void Learn(List<RepairSlot> slots, int[] chosen, List<RepairGuess> guesses)
    {
        var guessIndex = 0;
        var previous = (int)' ';
        var previousKnown = true;
        for (var i = 0; i < slots.Count; i++)
        {
            var known = !slots[i].IsGuess || guesses[guessIndex++].Confidence >= LearnableConfidence;
            foreach (var rune in slots[i].Texts[chosen[i]].EnumerateRunes())
            {
                var token = CharModel.Token(rune);
                if (known && previousKnown)
                {
                    _scorer.Learn(previous, token);
                }

                (previous, previousKnown) = (token, known);
            }
        }
    }
}
