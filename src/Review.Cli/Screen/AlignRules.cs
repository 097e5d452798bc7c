using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The alignment keys: merge and shift go straight to the store; a split first asks after how many
/// sentences to cut each side, offering the splitter's first boundary on each as the default.
/// Cuts fall on the sentence splitter's boundaries, so what the annotator moves is a whole sentence.
/// </summary>
internal static class AlignRules
{
    public static UpdateResult Begin(ReviewState state, ReviewCommand command)
    {
        if (state.Shown is not { } shown)
        {
            return UpdateResult.Only(state);
        }
        if (state.Adjudicating)
        {
            return UpdateResult.Only(state with { Message = "the alignment cannot change while adjudicating" });
        }
        return command switch
        {
            ReviewCommand.MergeWithNext => Effect(state, new RealignEffect(shown.Pair.Id, AlignmentOperation.Merge)),
            ReviewCommand.ShiftTargetDown => Effect(state, new RealignEffect(shown.Pair.Id, AlignmentOperation.ShiftDown)),
            ReviewCommand.ShiftTargetUp => Effect(state, new RealignEffect(shown.Pair.Id, AlignmentOperation.ShiftUp)),
            _ => AskCuts(state, shown.Pair),
        };
    }

    /// <summary>The prompt's answer, "S T": cut the source after its S-th sentence and the target after its T-th.</summary>
    public static UpdateResult Cut(ReviewState state, string text)
    {
        if (state.Shown is not { } shown)
        {
            return UpdateResult.Only(state);
        }
        var sources = SentenceSplitter.Split(shown.Pair.Source);
        var targets = SentenceSplitter.Split(shown.Pair.Target);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !After(parts[0], sources, out var sourceCut) || !After(parts[1], targets, out var targetCut))
        {
            return UpdateResult.Only(state with
            {
                Message = string.Create(CultureInfo.InvariantCulture,
                    $"not split: give two sentence counts, source 0-{sources.Count} and target 0-{targets.Count}, e.g. 1 1"),
            });
        }
        return Effect(state, new RealignEffect(shown.Pair.Id, AlignmentOperation.Split, sourceCut, targetCut));
    }

    private static UpdateResult AskCuts(ReviewState state, Pair pair)
    {
        var sources = SentenceSplitter.Split(pair.Source).Count;
        var targets = SentenceSplitter.Split(pair.Target).Count;
        var opened = InputRules.OpenPrompt(state, PromptKind.SplitCuts);
        opened.State.PromptLine!.SetText(string.Create(CultureInfo.InvariantCulture, $"{Math.Min(1, sources)} {Math.Min(1, targets)}"));
        var hint = string.Create(CultureInfo.InvariantCulture,
            $"the source has {sources} sentences, the target {targets}; what follows the cuts goes to the next pair");
        return UpdateResult.Only(opened.State with { Message = hint });
    }

    private static bool After(string count, List<TextToken> sentences, out int cut)
    {
        cut = 0;
        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > sentences.Count)
        {
            return false;
        }
        cut = n == 0 ? 0 : sentences[n - 1].End;
        return true;
    }

    private static UpdateResult Effect(ReviewState state, RealignEffect effect) => new(state, [effect]);
}
