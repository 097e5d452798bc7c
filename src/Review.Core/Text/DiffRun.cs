using System.Runtime.InteropServices;
using DiffPlex.Model;

namespace Review.Core.Text;

/// <summary>The state of one <see cref="TextDiff.Compute"/> call: the cursor over both texts and the budget spent.</summary>
internal sealed class DiffRun(string oldText, string newText, DiffGranularity granularity, DiffBudget budget)
{
    private readonly SegmentBuilder builder = new(oldText, newText);
    private long work;
    private bool fellBack;

    public TextDiffResult Run()
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            builder.Keep(oldText.Length);
            return Result();
        }
        var oldUnits = SentenceSplitter.Split(oldText);
        var newUnits = SentenceSplitter.Split(newText);
        var several = oldUnits.Count > 1 || newUnits.Count > 1;
        if (several && oldUnits.Count > 0 && newUnits.Count > 0
            && TryCharge(DiffBudget.Cost(oldUnits.Count, newUnits.Count), budget.MaxCellsPerDiff))
        {
            RefineSentenceBlocks(oldUnits, newUnits);
        }
        else
        {
            RefineUnits(CollectionsMarshal.AsSpan(oldUnits), CollectionsMarshal.AsSpan(newUnits));
        }
        return Result();
    }

    private TextDiffResult Result() => new(builder.Build(), fellBack, work);

    private void RefineSentenceBlocks(List<TextToken> oldUnits, List<TextToken> newUnits)
    {
        var blocks = PieceDiff.Blocks(Pieces(oldText, oldUnits), Pieces(newText, newUnits));
        var olds = CollectionsMarshal.AsSpan(oldUnits);
        var news = CollectionsMarshal.AsSpan(newUnits);
        foreach (var block in blocks)
        {
            builder.Keep(Start(olds, block.DeleteStartA, oldText.Length) - builder.OldPosition);
            RefineUnits(olds.Slice(block.DeleteStartA, block.DeleteCountA), news.Slice(block.InsertStartB, block.InsertCountB));
        }
        builder.Keep(oldText.Length - builder.OldPosition);
    }

    /// <summary>Diffs a run of sentences that starts at the cursor.</summary>
    private void RefineUnits(ReadOnlySpan<TextToken> olds, ReadOnlySpan<TextToken> news)
    {
        while (olds.Length > 0 && news.Length > 0 && SameText(olds[0], news[0]))
        {
            builder.Keep(olds[0].Length);
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
        var oldEnd = coreOld.IsEmpty ? builder.OldPosition : coreOld[^1].End;
        var newEnd = coreNew.IsEmpty ? builder.NewPosition : coreNew[^1].End;
        if (coreOld.IsEmpty || coreNew.IsEmpty || TryTokens(oldEnd, newEnd, granularity, replaceOverBudget: false))
        {
            builder.Replace(oldEnd, newEnd);
        }
        else if (coreOld.Length > 1 && coreNew.Length > 1)
        {
            RefinePairwise(coreOld, coreNew);
        }
        else
        {
            RefineCoarser(oldEnd, newEnd);
        }
        builder.Keep(trailing == 0 ? 0 : olds[^1].End - builder.OldPosition);
    }

    /// <summary>Too big to diff whole: match the i-th old sentence with the i-th new one.</summary>
    private void RefinePairwise(ReadOnlySpan<TextToken> olds, ReadOnlySpan<TextToken> news)
    {
        fellBack = true;
        var common = Math.Min(olds.Length, news.Length);
        for (var i = 0; i < common; i++)
        {
            if (SameText(olds[i], news[i]))
            {
                builder.Keep(olds[i].Length);
            }
            else if (!TryTokens(olds[i].End, news[i].End, granularity, replaceOverBudget: false))
            {
                RefineCoarser(olds[i].End, news[i].End);
            }
        }
        builder.Replace(olds[^1].End, news[^1].End);
    }

    private void RefineCoarser(int oldEnd, int newEnd)
    {
        fellBack = true;
        TryTokens(oldEnd, newEnd, DiffGranularity.Word, replaceOverBudget: true);
    }

    /// <summary>
    /// Diffs the spans from the cursor to the given ends token by token, if the budget allows.
    /// Common leading and trailing tokens are matched first, at linear cost, and not charged; over
    /// the budget, what lies between them is either left alone (false) or replaced entirely.
    /// </summary>
    private bool TryTokens(int oldEnd, int newEnd, DiffGranularity tokenGranularity, bool replaceOverBudget)
    {
        var oldBase = builder.OldPosition;
        var newBase = builder.NewPosition;
        var oldSpan = oldText.AsSpan(oldBase, oldEnd - oldBase);
        var newSpan = newText.AsSpan(newBase, newEnd - newBase);
        var olds = ScriptTokenizer.Tokenize(oldSpan, tokenGranularity);
        var news = ScriptTokenizer.Tokenize(newSpan, tokenGranularity);
        var lead = 0;
        while (lead < Math.Min(olds.Count, news.Count) && SameToken(oldSpan, olds[lead], newSpan, news[lead]))
        {
            lead++;
        }
        var trail = 0;
        while (trail < Math.Min(olds.Count, news.Count) - lead
               && SameToken(oldSpan, olds[^(trail + 1)], newSpan, news[^(trail + 1)]))
        {
            trail++;
        }
        var oldCore = CollectionsMarshal.AsSpan(olds)[lead..^trail];
        var newCore = CollectionsMarshal.AsSpan(news)[lead..^trail];
        var both = !oldCore.IsEmpty && !newCore.IsEmpty;
        if (both && !TryCharge(DiffBudget.Cost(oldCore.Length, newCore.Length), budget.MaxCellsPerRefinement))
        {
            if (!replaceOverBudget)
            {
                return false;
            }
            both = false;
        }
        builder.Keep(lead == 0 ? 0 : olds[lead - 1].End);
        if (both)
        {
            Emit(PieceDiff.Blocks(Pieces(oldText, oldBase, oldCore), Pieces(newText, newBase, newCore)), oldCore, newCore, oldBase, newBase);
        }
        builder.Replace(End(oldCore, oldBase, builder.OldPosition), End(newCore, newBase, builder.NewPosition));
        builder.Keep(oldEnd - builder.OldPosition);
        return true;
    }

    private void Emit(IList<DiffBlock> blocks, ReadOnlySpan<TextToken> olds, ReadOnlySpan<TextToken> news, int oldBase, int newBase)
    {
        foreach (var block in blocks)
        {
            builder.Keep(oldBase + Start(olds, block.DeleteStartA, olds[^1].End) - builder.OldPosition);
            builder.Delete(Width(olds.Slice(block.DeleteStartA, block.DeleteCountA)));
            builder.Insert(Width(news.Slice(block.InsertStartB, block.InsertCountB)));
        }
        builder.Keep(oldBase + olds[^1].End - builder.OldPosition);
    }

    private bool TryCharge(long cost, long cap)
    {
        if (cost > cap || work + cost > budget.MaxCellsPerDiff)
        {
            return false;
        }
        work += cost;
        return true;
    }

    private bool SameText(TextToken a, TextToken b) =>
        oldText.AsSpan(a.Start, a.Length).SequenceEqual(newText.AsSpan(b.Start, b.Length));

    private static bool SameToken(ReadOnlySpan<char> oldSpan, TextToken a, ReadOnlySpan<char> newSpan, TextToken b) =>
        oldSpan.Slice(a.Start, a.Length).SequenceEqual(newSpan.Slice(b.Start, b.Length));

    private static int Start(ReadOnlySpan<TextToken> tokens, int index, int end) =>
        index < tokens.Length ? tokens[index].Start : end;

    private static int End(ReadOnlySpan<TextToken> tokens, int offset, int empty) =>
        tokens.IsEmpty ? empty : offset + tokens[^1].End;

    private static int Width(ReadOnlySpan<TextToken> tokens) =>
        tokens.IsEmpty ? 0 : tokens[^1].End - tokens[0].Start;

    private static string[] Pieces(string text, List<TextToken> tokens) =>
        Pieces(text, 0, CollectionsMarshal.AsSpan(tokens));

    private static string[] Pieces(string text, int offset, ReadOnlySpan<TextToken> tokens)
    {
        var pieces = new string[tokens.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = text.Substring(offset + tokens[i].Start, tokens[i].Length);
        }
        return pieces;
    }
}
