using Review.Cli.Screen;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Terminal.Widgets;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

/// <summary>The alignment keys through Update as plain data: J, S, &gt; and &lt; in, effects out.</summary>
public sealed class AlignUpdateTests
{
    private static readonly ShownPair TwoSentences = Shown(3) with
    {
        Pair = Pair(3, target: "고양이가 앉았다. 개가 짖었다.") with { Source = "The cat sat. The dog barked." },
    };

    private static UpdateResult Press(ReviewState state, ReviewCommand command) => Update.Apply(state, new CommandAction(command));

    [Fact]
    public void Merge_and_the_shifts_go_straight_to_the_store()
    {
        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.Merge)], Press(Browsing(), ReviewCommand.MergeWithNext).Effects);
        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.ShiftDown)], Press(Browsing(), ReviewCommand.ShiftTargetDown).Effects);
        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.ShiftUp)], Press(Browsing(), ReviewCommand.ShiftTargetUp).Effects);
    }

    [Fact]
    public void Split_asks_for_the_cuts_offering_the_first_sentence_of_each_side()
    {
        var asked = Press(Browsing(shown: TwoSentences), ReviewCommand.SplitPair);

        Assert.Empty(asked.Effects);
        Assert.Equal((ScreenMode.Prompt, PromptKind.SplitCuts, "1 1"), (asked.State.Mode, asked.State.Prompt, asked.State.PromptLine!.Text));
        Assert.Equal("the source has 2 sentences, the target 2; 1+2 moves a cut 2 words on; the marked text goes to the next pair", asked.State.Message);

        var split = Update.Apply(asked.State, new PromptKeyAction(PromptCommand.Submit));

        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.Split, "The cat sat. ".Length, "고양이가 앉았다. ".Length)], split.Effects);
    }

    [Fact]
    public void A_moved_cut_counts_sentences_and_a_count_past_the_end_is_refused()
    {
        var asked = Press(Browsing(shown: TwoSentences), ReviewCommand.SplitPair).State;

        var moved = Update.Apply(asked, new InputSubmitted("2 0"));
        var refused = Update.Apply(asked, new InputSubmitted("3 1"));

        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.Split, "The cat sat. The dog barked.".Length, 0)], moved.Effects);
        Assert.Empty(refused.Effects);
        Assert.Equal("not split: give two sentence counts, source 0-2 and target 0-2, each with +N or -N words if need be, e.g. 1 1 or 1+3 1",
            refused.State.Message);
    }

    [Fact]
    public void A_cut_moves_by_words_inside_a_sentence_on_or_back()
    {
        var asked = Press(Browsing(shown: TwoSentences), ReviewCommand.SplitPair).State;

        var on = Update.Apply(asked, new InputSubmitted("1+1 0+1"));
        var back = Update.Apply(asked, new InputSubmitted("2-1 1-1"));
        var past = Update.Apply(asked, new InputSubmitted("2+1 1"));

        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.Split, "The cat sat. The ".Length, "고양이가 ".Length)], on.Effects);
        Assert.Equal([new RealignEffect(new PairId(30), AlignmentOperation.Split, "The cat sat. The dog ".Length, "고양이가 ".Length)], back.Effects);
        Assert.Empty(past.Effects);
    }

    [Fact]
    public void While_the_prompt_is_open_the_panes_know_what_would_move()
    {
        var asked = Press(Browsing(shown: TwoSentences), ReviewCommand.SplitPair).State;

        Assert.Equal(new TextSpan("The cat sat. ".Length, "The dog barked.".Length), AlignRules.Moving(asked, Pane.Source));
        Assert.Equal(new TextSpan("고양이가 앉았다. ".Length, "개가 짖었다.".Length), AlignRules.Moving(asked, Pane.Target));
        asked.PromptLine!.SetText("2 0");
        Assert.Null(AlignRules.Moving(asked, Pane.Source));
        Assert.Equal(new TextSpan(0, "고양이가 앉았다. 개가 짖었다.".Length), AlignRules.Moving(asked, Pane.Target));
        Assert.Null(AlignRules.Moving(Browsing(shown: TwoSentences), Pane.Source));
    }

    [Fact]
    public void Adjudicating_keeps_the_alignment_as_it_is()
    {
        var result = Press(Browsing() with { Adjudicating = true }, ReviewCommand.MergeWithNext);

        Assert.Empty(result.Effects);
        Assert.Equal("the alignment cannot change while adjudicating", result.State.Message);
    }
}
