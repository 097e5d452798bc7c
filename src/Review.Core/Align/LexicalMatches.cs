namespace Review.Core.Align;

/// <summary>
/// For one paragraph pair and a <see cref="TranslationLexicon"/>: how many lexicon words each
/// source sentence has and how many tokens that translate some lexicon word each target sentence has, and for every source and target sentence pair in the beam how many of them find a
/// translation across. Computed once per pair of sentences, so a bead only adds them up.
/// </summary>
internal sealed class LexicalMatches
{
    private readonly BeadLattice _lattice;
    private readonly int[] _sourceKnown;
    private readonly int[] _targetKnown;
    private readonly int[] _sourceMatched;
    private readonly int[] _targetMatched;

    public LexicalMatches(TranslationLexicon lexicon, BeadLattice lattice, IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        _lattice = lattice;
        var known = new int[source.Count][];
        var translations = new int[source.Count][];
        _sourceKnown = new int[source.Count];
        for (var i = 0; i < source.Count; i++)
        {
            known[i] = lexicon.Known(LexicalTokens.Source(source[i]));
            translations[i] = lexicon.TranslationsOf(known[i]);
            _sourceKnown[i] = known[i].Length;
        }
        var tokens = new int[target.Count][];
        _targetKnown = new int[target.Count];
        for (var j = 0; j < target.Count; j++)
        {
            tokens[j] = LexicalTokens.Target(target[j]);
            _targetKnown[j] = lexicon.Translations(tokens[j]);
        }
        _sourceMatched = new int[lattice.CellCount];
        _targetMatched = new int[lattice.CellCount];
        for (var i = 0; i < source.Count; i++)
        {
            for (var j = Math.Max(0, lattice.Low(i + 1) - 1); j < Math.Min(target.Count, lattice.High(i + 1)); j++)
            {
                var cell = lattice.Cell(i + 1, j + 1);
                _sourceMatched[cell] = lexicon.MatchedSource(known[i], tokens[j]);
                _targetMatched[cell] = AnchorExtractor.Matched(translations[i], tokens[j]);
            }
        }
    }

    public int SourceKnown(int i) => _sourceKnown[i];

    public int TargetKnown(int j) => _targetKnown[j];

    /// <summary>Source words of sentence <paramref name="i"/> translated in target sentence <paramref name="j"/>.</summary>
    public int SourceMatched(int i, int j) => _lattice.Contains(i + 1, j + 1) ? _sourceMatched[_lattice.Cell(i + 1, j + 1)] : 0;

    /// <summary>Target tokens of sentence <paramref name="j"/> that translate a word of source sentence <paramref name="i"/>.</summary>
    public int TargetMatched(int i, int j) => _lattice.Contains(i + 1, j + 1) ? _targetMatched[_lattice.Cell(i + 1, j + 1)] : 0;
}
