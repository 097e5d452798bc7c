using System.Runtime.InteropServices;
using DiffPlex.Model;

namespace Review.Core.Text;

/// <summary>The state of one <see cref="TextDiff.Compute"/> call: the cursor over both texts and the budget spent.</summary>
internal sealed class DiffRun(string oldText, string newText, DiffGranularity granularity, DiffBudget budget)
{
    // Slack over the square root of the budget, for the few shared tokens at either end of a middle.
    private const int TokenSlack = 16;

    private readonly SegmentBuilder _builder = new(oldText, newText);
    private long _work;
    private bool _fellBack;

    public TextDiffResult Run()
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            _builder.Keep(oldText.Length);
            return Result();
        }
        var oldUnits = SentenceSplitter.Split(oldText);
        var newUnits = SentenceSplitter.Split(newText);
        var several = (oldUnits.Count > 1 || newUnits.Count > 1) && oldUnits.Count > 0 && newUnits.Count > 0;
        if (several && TryCharge(DiffBudget.Cost(oldUnits.Count, newUnits.Count), budget.MaxCellsPerDiff))
        {
            RefineSentenceBlocks(oldUnits, newUnits);
        }
        else if (several)
        {
            RefineAroundAnchors(oldUnits, newUnits);
        }
        else
        {
            RefineUnits(CollectionsMarshal.AsSpan(oldUnits), CollectionsMarshal.AsSpan(newUnits));
        }
        return Result();
    }

    /// <summary>Too many sentences for DiffPlex: line the texts up on the sentences they share once each.</summary>
    private void RefineAroundAnchors(List<TextToken> oldUnits, List<TextToken> newUnits)
    {
        var olds = CollectionsMarshal.AsSpan(oldUnits);
        var news = CollectionsMarshal.AsSpan(newUnits);
        int oldNext = 0, newNext = 0;
        foreach (var (oldAnchor, newAnchor) in SentenceAnchors.Find(oldText, oldUnits, newText, newUnits))
        {
            RefineUnits(olds[oldNext..oldAnchor], news[newNext..newAnchor]);
            _builder.Keep(olds[oldAnchor].Length);
            oldNext = oldAnchor + 1;
            newNext = newAnchor + 1;
        }
        RefineUnits(olds[oldNext..], news[newNext..]);
    }

    private TextDiffResult Result() => new(_builder.Build(), _fellBack, _work);

    private void RefineSentenceBlocks(List<TextToken> oldUnits, List<TextToken> newUnits)
    {
        var blocks = PieceDiff.Blocks(
            Pieces(oldText, CollectionsMarshal.AsSpan(oldUnits)),
            Pieces(newText, CollectionsMarshal.AsSpan(newUnits)));
        var olds = CollectionsMarshal.AsSpan(oldUnits);
        var news = CollectionsMarshal.AsSpan(newUnits);
        foreach (var block in blocks)
        {
            _builder.Keep(Start(olds, block.DeleteStartA, oldText.Length) - _builder.OldPosition);
            RefineUnits(olds.Slice(block.DeleteStartA, block.DeleteCountA), news.Slice(block.InsertStartB, block.InsertCountB));
        }
        _builder.Keep(oldText.Length - _builder.OldPosition);
    }

    /// <summary>Diffs a run of sentences that starts at the cursor.</summary>
    private void RefineUnits(ReadOnlySpan<TextToken> olds, ReadOnlySpan<TextToken> news)
    {
        while (olds.Length > 0 && news.Length > 0 && SameText(olds[0], news[0]))
        {
            _builder.Keep(olds[0].Length);
            olds = olds[1..];
            news = news[1..];
        }
        var trailing = 0;
        while (trailing < Math.Min(olds.Length, news.Length) && SameText(olds[^(trailing + 1)], news[^(trailing + 1)]))
        {
            trailing++;
        }
        var coreOld = olds[..^trailing];
        var coreNew = news[..^trailing];
        var oldEnd = coreOld.IsEmpty ? _builder.OldPosition : coreOld[^1].End;
        var newEnd = coreNew.IsEmpty ? _builder.NewPosition : coreNew[^1].End;
        if (coreOld.IsEmpty || coreNew.IsEmpty || TryWhole(oldEnd, newEnd))
        {
            _builder.Replace(oldEnd, newEnd);
        }
        else if (coreOld.Length > 1 && coreNew.Length > 1)
        {
            RefinePairwise(coreOld, coreNew);
        }
        else
        {
            ReplaceByWords(oldEnd, newEnd);
        }
        _builder.Keep(trailing == 0 ? 0 : olds[^1].End - _builder.OldPosition);
    }

    /// <summary>Too big to diff whole: match the i-th old sentence with the i-th new one.</summary>
    private void RefinePairwise(ReadOnlySpan<TextToken> olds, ReadOnlySpan<TextToken> news)
    {
        _fellBack = true;
        var common = Math.Min(olds.Length, news.Length);
        for (var i = 0; i < common; i++)
        {
            if (SameText(olds[i], news[i]))
            {
                _builder.Keep(olds[i].Length);
            }
            else if (!TryWhole(olds[i].End, news[i].End))
            {
                ReplaceByWords(olds[i].End, news[i].End);
            }
        }
        _builder.Replace(olds[^1].End, news[^1].End);
    }

    /// <summary>
    /// Diffs the spans to the given ends at the granularity asked for; if that is over the budget,
    /// by word first and then at the granularity asked for inside the changed words only.
    /// </summary>
    private bool TryWhole(int oldEnd, int newEnd) =>
        TryTokens(oldEnd, newEnd, granularity, refineWith: null, replaceOverBudget: false)
        || (granularity != DiffGranularity.Word
            && TryTokens(oldEnd, newEnd, DiffGranularity.Word, refineWith: granularity, replaceOverBudget: false));

    /// <summary>The last resort: keep the words both spans share at their ends and replace what lies between.</summary>
    private void ReplaceByWords(int oldEnd, int newEnd)
    {
        _fellBack = true;
        TryTokens(oldEnd, newEnd, DiffGranularity.Word, refineWith: null, replaceOverBudget: true);
    }

    /// <summary>
    /// Diffs the spans from the cursor to the given ends token by token, if the budget allows.
    /// Shared leading and trailing text is matched first, at linear cost, and not charged; over
    /// the budget, what lies between is either left alone (false) or replaced entirely.
    /// </summary>
    private bool TryTokens(int oldEnd, int newEnd, DiffGranularity tokenGranularity, DiffGranularity? refineWith, bool replaceOverBudget)
    {
        var oldSpan = oldText.AsSpan(_builder.OldPosition, oldEnd - _builder.OldPosition);
        var newSpan = newText.AsSpan(_builder.NewPosition, newEnd - _builder.NewPosition);
        var lead = CommonEnds.Lead(oldSpan, newSpan, tokenGranularity);
        var trail = CommonEnds.Trail(oldSpan, newSpan, lead, tokenGranularity);
        var oldMiddle = oldSpan[lead..^trail];
        var newMiddle = newSpan[lead..^trail];
        List<TextToken>? olds = null;
        List<TextToken>? news = null;
        var fits = oldMiddle.IsEmpty || newMiddle.IsEmpty || TryTokenPair(oldMiddle, newMiddle, tokenGranularity, out olds, out news);
        if (!fits && !replaceOverBudget)
        {
            return false;
        }
        _builder.Keep(lead);
        if (fits && olds is not null && news is not null)
        {
            Emit(oldMiddle, olds, newMiddle, news, refineWith);
        }
        _builder.Replace(oldEnd - trail, newEnd - trail);
        _builder.Keep(trail);
        return true;
    }

    /// <summary>
    /// Tokenizes both middles and charges the diff of what differs between them. Tokenizing stops
    /// early once a side has more tokens than the budget could ever pay for.
    /// </summary>
    private bool TryTokenPair(ReadOnlySpan<char> oldMiddle, ReadOnlySpan<char> newMiddle, DiffGranularity tokenGranularity,
        out List<TextToken> olds, out List<TextToken> news)
    {
        var affordable = Math.Min(budget.MaxCellsPerRefinement, budget.MaxCellsPerDiff - _work);
        news = [];
        olds = [];
        if (affordable <= 0)
        {
            return false;
        }
        var limit = (int)Math.Sqrt(affordable) + TokenSlack;
        if (!ScriptTokenizer.TryTokenize(oldMiddle, tokenGranularity, limit, out olds)
            || !ScriptTokenizer.TryTokenize(newMiddle, tokenGranularity, limit, out news))
        {
            return false;
        }
        var lead = 0;
        var common = Math.Min(olds.Count, news.Count);
        while (lead < common && SameToken(oldMiddle, olds[lead], newMiddle, news[lead]))
        {
            lead++;
        }
        var trail = 0;
        while (trail < common - lead && SameToken(oldMiddle, olds[^(trail + 1)], newMiddle, news[^(trail + 1)]))
        {
            trail++;
        }
        var changedOld = olds.Count - lead - trail;
        var changedNew = news.Count - lead - trail;
        return changedOld == 0 || changedNew == 0
            || TryCharge(DiffBudget.Cost(changedOld, changedNew), budget.MaxCellsPerRefinement);
    }

    /// <summary>
    /// Runs DiffPlex over the middles' tokens (it matches their shared ends itself) and emits its
    /// blocks; a replaced run is diffed again with finer tokens when <paramref name="refineWith"/> says so.
    /// </summary>
    private void Emit(ReadOnlySpan<char> oldMiddle, List<TextToken> oldTokens, ReadOnlySpan<char> newMiddle, List<TextToken> newTokens,
        DiffGranularity? refineWith)
    {
        var olds = CollectionsMarshal.AsSpan(oldTokens);
        var news = CollectionsMarshal.AsSpan(newTokens);
        var oldBase = _builder.OldPosition;
        foreach (var block in PieceDiff.Blocks(Pieces(oldMiddle, olds), Pieces(newMiddle, news)))
        {
            _builder.Keep(oldBase + Start(olds, block.DeleteStartA, oldMiddle.Length) - _builder.OldPosition);
            var oldEnd = _builder.OldPosition + Width(olds.Slice(block.DeleteStartA, block.DeleteCountA));
            var newEnd = _builder.NewPosition + Width(news.Slice(block.InsertStartB, block.InsertCountB));
            if (refineWith is { } finer && block.DeleteCountA > 0 && block.InsertCountB > 0
                && !TryTokens(oldEnd, newEnd, finer, refineWith: null, replaceOverBudget: false))
            {
                _fellBack = true;
            }
            _builder.Replace(oldEnd, newEnd);
        }
        _builder.Keep(oldBase + oldMiddle.Length - _builder.OldPosition);
    }

    private bool TryCharge(long cost, long cap)
    {
        if (cost > cap || _work + cost > budget.MaxCellsPerDiff)
        {
            return false;
        }
        _work += cost;
        return true;
    }

    private bool SameText(TextToken a, TextToken b) =>
        oldText.AsSpan(a.Start, a.Length).SequenceEqual(newText.AsSpan(b.Start, b.Length));

    private static bool SameToken(ReadOnlySpan<char> oldSpan, TextToken a, ReadOnlySpan<char> newSpan, TextToken b) =>
        oldSpan.Slice(a.Start, a.Length).SequenceEqual(newSpan.Slice(b.Start, b.Length));

    private static int Start(ReadOnlySpan<TextToken> tokens, int index, int end) =>
        index < tokens.Length ? tokens[index].Start : end;

    private static int Width(ReadOnlySpan<TextToken> tokens) =>
        tokens.IsEmpty ? 0 : tokens[^1].End - tokens[0].Start;

    private static string[] Pieces(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens)
    {
        var pieces = new string[tokens.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = text.Slice(tokens[i].Start, tokens[i].Length).ToString();
        }
        return pieces;
    }
}
