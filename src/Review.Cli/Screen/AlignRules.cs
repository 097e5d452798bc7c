using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The alignment keys: merge and shift go straight to the store; a split first asks after how many
/// sentences to cut each side, offering the splitter's first boundary on each as the default, and
/// a count may move by words ("1+2", "2-1"), so a cut can fall inside a sentence. While the prompt
/// is open the panes mark what would move, so the annotator sees the cut before it is made.
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

    /// <summary>The prompt's answer, "S T": cut the source after its S-th sentence and the target after its T-th, each moved by "+W" or "-W" words.</summary>
    public static UpdateResult Cut(ReviewState state, string text)
    {
        if (state.Shown is not { } shown)
        {
            return UpdateResult.Only(state);
        }
        if (Cuts(shown.Pair, text) is not { } cuts)
        {
            var sources = SentenceSplitter.Split(shown.Pair.Source).Count;
            var targets = SentenceSplitter.Split(shown.Pair.Target).Count;
            return UpdateResult.Only(state with
            {
                Message = string.Create(CultureInfo.InvariantCulture,
                    $"not split: give two sentence counts, source 0-{sources} and target 0-{targets}, each with +N or -N words if need be, e.g. 1 1 or 1+3 1"),
            });
        }
        return Effect(state, new RealignEffect(shown.Pair.Id, AlignmentOperation.Split, cuts.Source, cuts.Target));
    }

    /// <summary>Where the answer cuts each side (offsets into the source and the target); null when it does not read.</summary>
    public static (int Source, int Target)? Cuts(Pair pair, string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && At(pair.Source, parts[0]) is { } source && At(pair.Target, parts[1]) is { } target
            ? (source, target)
            : null;
    }

    /// <summary>While the split's prompt is open, the text its answer would move to the next pair, for the panes to mark.</summary>
    public static TextSpan? Moving(ReviewState state, Pane pane)
    {
        if (state is not { Mode: ScreenMode.Prompt, Prompt: PromptKind.SplitCuts, Shown: { } shown, PromptLine: { } line }
            || Cuts(shown.Pair, line.Text) is not { } cuts)
        {
            return null;
        }
        var (text, cut) = pane == Pane.Source ? (shown.Pair.Source, cuts.Source) : (shown.Pair.Target, cuts.Target);
        return cut < text.Length ? new TextSpan(cut, text.Length - cut) : null;
    }

    private static UpdateResult AskCuts(ReviewState state, Pair pair)
    {
        var sources = SentenceSplitter.Split(pair.Source).Count;
        var targets = SentenceSplitter.Split(pair.Target).Count;
        var opened = InputRules.OpenPrompt(state, PromptKind.SplitCuts);
        opened.State.PromptLine!.SetText(string.Create(CultureInfo.InvariantCulture, $"{Math.Min(1, sources)} {Math.Min(1, targets)}"));
        var hint = string.Create(CultureInfo.InvariantCulture,
            $"the source has {sources} sentences, the target {targets}; 1+2 moves a cut 2 words on; the marked text goes to the next pair");
        return UpdateResult.Only(opened.State with { Message = hint });
    }

    /// <summary>"N", "N+W" or "N-W": after N sentences, then W words on or back.</summary>
    private static int? At(string text, string answer)
    {
        var sign = answer.IndexOfAny(['+', '-']);
        var sentences = sign < 0 ? answer : answer[..sign];
        var words = sign < 0 ? "0" : answer[(sign + 1)..];
        if (!int.TryParse(sentences, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var w))
        {
            return null;
        }
        return SplitCuts.After(text, n, sign >= 0 && answer[sign] == '-' ? -w : w);
    }

    private static UpdateResult Effect(ReviewState state, RealignEffect effect) => new(state, [effect]);
}
