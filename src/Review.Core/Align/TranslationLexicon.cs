namespace Review.Core.Align;

/// <summary>
/// Source words and the target tokens that translate them, learnt from the corpus itself in the
/// manner of Moore (2002), "Fast and Accurate Sentence Alignment of Bilingual Corpora": a first,
/// length-and-anchor pass finds the sure 1-1 links, and the token pairs that co-occur in them far
/// more than chance (Dice coefficient 2·c(e,f)/(c(e)+c(f))) become the lexicon of the second pass.
/// Hand-written because no maintained .NET library does this, and it is a page of counting.
/// </summary>
public sealed class TranslationLexicon
{
    private const double MinDice = 0.3;
    private const int MinTogether = 2;
    private const int MaxTranslations = 6;

    private readonly Dictionary<int, int[]> _translations;
    private readonly HashSet<int> _targets;

    private TranslationLexicon(Dictionary<int, int[]> translations)
    {
        _translations = translations;
        _targets = [.. translations.Values.SelectMany(t => t)];
    }

    public int Count => _translations.Count;

    /// <summary>Learns from sentence pairs believed to translate each other, as <see cref="LexicalTokens"/>.</summary>
    public static TranslationLexicon Learn(IEnumerable<(int[] Source, int[] Target)> pairs)
    {
        var together = new Dictionary<long, int>();
        var sourceCounts = new Dictionary<int, int>();
        var targetCounts = new Dictionary<int, int>();
        foreach (var (source, target) in pairs)
        {
            foreach (var e in source)
            {
                sourceCounts[e] = sourceCounts.GetValueOrDefault(e) + 1;
                foreach (var f in target)
                {
                    var key = ((long)e << 32) | (uint)f;
                    together[key] = together.GetValueOrDefault(key) + 1;
                }
            }
            foreach (var f in target)
            {
                targetCounts[f] = targetCounts.GetValueOrDefault(f) + 1;
            }
        }
        var candidates = new Dictionary<int, List<(int Target, double Dice)>>();
        foreach (var (key, count) in together)
        {
            if (count < MinTogether)
            {
                continue;
            }
            var e = (int)(key >> 32);
            var f = (int)(uint)key;
            var dice = 2.0 * count / (sourceCounts[e] + targetCounts[f]);
            if (dice >= MinDice)
            {
                (candidates.TryGetValue(e, out var list) ? list : candidates[e] = []).Add((f, dice));
            }
        }
        return new TranslationLexicon(candidates.ToDictionary(
            c => c.Key,
            c => c.Value.OrderByDescending(t => t.Dice).Take(MaxTranslations).Select(t => t.Target).Order().ToArray()));
    }

    /// <summary>Whether a target token translates some source word of the lexicon.</summary>
    public bool IsTranslation(int target) => _targets.Contains(target);

    /// <summary>How many tokens of <paramref name="target"/> translate some source word of the lexicon.</summary>
    public int Translations(int[] target)
    {
        var count = 0;
        foreach (var f in target)
        {
            count += _targets.Contains(f) ? 1 : 0;
        }
        return count;
    }

    /// <summary>The words of <paramref name="source"/> that the lexicon knows.</summary>
    public int[] Known(int[] source)
    {
        var known = new List<int>(source.Length);
        foreach (var e in source)
        {
            if (_translations.ContainsKey(e))
            {
                known.Add(e);
            }
        }
        return [.. known];
    }

    /// <summary>Every translation of the known words of a sentence, sorted and distinct.</summary>
    public int[] TranslationsOf(int[] known)
    {
        // Loops instead of LINQ: this runs for every sentence of the corpus, and it was the aligner's largest cost.
        var all = new List<int>(known.Length * MaxTranslations);
        foreach (var e in known)
        {
            all.AddRange(_translations[e]);
        }
        all.Sort();
        var count = 0;
        for (var k = 0; k < all.Count; k++)
        {
            if (k == 0 || all[k] != all[k - 1])
            {
                all[count++] = all[k];
            }
        }
        return [.. all.GetRange(0, count)];
    }

    /// <summary>How many of the <paramref name="known"/> source words have a translation among <paramref name="target"/> (sorted).</summary>
    public int MatchedSource(int[] known, int[] target)
    {
        var matched = 0;
        foreach (var e in known)
        {
            foreach (var f in _translations[e])
            {
                // The span's search compares ints directly; Array.BinarySearch goes through a comparer.
                if (target.AsSpan().BinarySearch(f) >= 0)
                {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }
}
