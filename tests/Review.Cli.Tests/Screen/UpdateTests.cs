using Review.Cli.Screen;
using Review.Core.Pairs;
using Review.Core.Session;
using Review.Core.Text;
using static Review.Cli.Tests.Screen.ScreenFixtures;

namespace Review.Cli.Tests.Screen;

/// <summary>Decisions through Update as plain data: keys in, effects out.</summary>
public sealed class UpdateTests
{
    private static UpdateResult Press(ReviewState state, ReviewCommand command) => Update.Apply(state, new CommandAction(command));

    [Fact]
    public void Accept_commits_the_target_then_advances_past_the_pair()
    {
        var result = Press(Browsing(3), ReviewCommand.Accept);

        Assert.Equal(
            [
                new DecideEffect(new PairId(30), DecisionKind.Accept, "고양이 매트 위에 앉았다.", null, null),
                new NavigateEffect(new Navigation(NavigationKind.AfterDecision, 3, PairFilter.All)),
            ],
            result.Effects);
    }

    [Fact]
    public void Take_suggestion_commits_the_suggestion_text()
    {
        var result = Press(Browsing(), ReviewCommand.TakeSuggestion);

        var decide = Assert.IsType<DecideEffect>(result.Effects[0]);
        Assert.Equal((DecisionKind.TakeSuggestion, "고양이가 매트 위에 앉았다."), (decide.Kind, decide.FinalTarget));
    }

    [Fact]
    public void Take_suggestion_without_one_says_so_and_writes_nothing()
    {
        var state = Browsing(shown: Shown(3, suggestion: null));

        var result = Press(state, ReviewCommand.TakeSuggestion);

        Assert.Empty(result.Effects);
        Assert.Contains("no suggestion", result.State.Message);
    }

    [Fact]
    public void A_check_suggestion_stands_in_when_the_file_has_none()
    {
        var state = Browsing(shown: Shown(3, suggestion: null, findings: [NumberFinding()]));

        var decide = Assert.IsType<DecideEffect>(Press(state, ReviewCommand.TakeSuggestion).Effects[0]);

        Assert.Equal("고쳐진 문장", decide.FinalTarget);
    }

    [Fact]
    public void Skip_records_a_skip_without_text()
    {
        var decide = Assert.IsType<DecideEffect>(Press(Browsing(), ReviewCommand.Skip).Effects[0]);

        Assert.Equal((DecisionKind.Skip, (string?)null), (decide.Kind, decide.FinalTarget));
    }

    [Fact]
    public void Reject_asks_for_a_reason_and_saves_it_as_the_note()
    {
        var asking = Press(Browsing(), ReviewCommand.Reject);
        Assert.Equal((ScreenMode.Prompt, PromptKind.RejectReason), (asking.State.Mode, asking.State.Prompt));
        Assert.Empty(asking.Effects);
        Assert.Equal("", asking.State.PromptLine!.Text);

        var saved = Update.Apply(asking.State, new InputSubmitted("  misaligned  "));

        var decide = Assert.IsType<DecideEffect>(saved.Effects[0]);
        Assert.Equal((DecisionKind.Reject, (string?)null, "misaligned"), (decide.Kind, decide.FinalTarget, decide.Note));
        Assert.Equal(ScreenMode.Browse, saved.State.Mode);
    }

    [Fact]
    public void Reject_with_an_empty_reason_has_no_note()
    {
        var asking = Press(Browsing(), ReviewCommand.Reject).State;

        var decide = Assert.IsType<DecideEffect>(Update.Apply(asking, new InputSubmitted("")).Effects[0]);

        Assert.Null(decide.Note);
    }

    [Theory]
    [InlineData(ReviewCommand.Edit, "고양이 매트 위에 앉았다.")]
    [InlineData(ReviewCommand.EditFromSuggestion, "고양이가 매트 위에 앉았다.")]
    public void Edit_opens_the_editor_prefilled(ReviewCommand command, string seed)
    {
        var result = Press(Browsing(), command);

        Assert.Equal(ScreenMode.Edit, result.State.Mode);
        Assert.Equal(seed, result.State.Editor!.Text);
    }

    [Fact]
    public void Saving_the_editor_commits_an_edit_and_escape_commits_nothing()
    {
        var editing = Press(Browsing(), ReviewCommand.Edit).State;

        var saved = Update.Apply(editing, new InputSubmitted("고양이가 방석 위에 앉았다."));
        var cancelled = Update.Apply(editing, new InputCancelled());

        var decide = Assert.IsType<DecideEffect>(saved.Effects[0]);
        Assert.Equal((DecisionKind.Edit, "고양이가 방석 위에 앉았다."), (decide.Kind, decide.FinalTarget));
        Assert.Empty(cancelled.Effects);
        Assert.Equal(ScreenMode.Browse, cancelled.State.Mode);
    }

    [Fact]
    public void Decisions_carry_the_decision_they_saw_so_a_concurrent_one_is_a_conflict()
    {
        var state = Browsing(shown: Shown(3, PairStatus.Accepted, Accepted(3, id: 41)));

        var decide = Assert.IsType<DecideEffect>(Press(state, ReviewCommand.Skip).Effects[0]);

        Assert.Equal(41, decide.ExpectedDecisionId);
    }

    [Fact]
    public void A_pair_shown_as_claimed_by_someone_else_is_left_to_the_store_to_refuse_or_record()
    {
        var state = Browsing(shown: Shown(3, claimedBy: "jisoo"));

        var result = Press(state, ReviewCommand.Accept);

        // The claim on screen may be stale; the session asks again when it decides.
        Assert.IsType<DecideEffect>(result.Effects[0]);
        Assert.Null(result.State.Message);
    }

    [Fact]
    public void Commit_marks_saved_counts_the_session_and_moves_progress()
    {
        var state = Browsing() with { Save = SaveIndicator.NotSaved };

        var next = Update.Apply(state, new DecisionCommitted(new PairId(30), PairStatus.Pending, PairStatus.Accepted, false)).State;

        Assert.Equal((SaveIndicator.Saved, 1), (next.Save, next.SessionDecisions));
        Assert.Equal(new ProgressCounts(20, 6, 14, true), next.Counts);
    }

    [Fact]
    public void Undo_moves_progress_and_the_session_count_back()
    {
        var state = Browsing() with { SessionDecisions = 2 };

        var next = Update.Apply(state, new DecisionCommitted(new PairId(30), PairStatus.Rejected, PairStatus.Pending, true)).State;

        Assert.Equal(new ProgressCounts(20, 4, 16, true), next.Counts);
        Assert.Equal(1, next.SessionDecisions);
    }

    [Fact]
    public void Busy_database_shows_not_saved()
    {
        var next = Update.Apply(Browsing(), new CommitFailed("database busy")).State;

        Assert.Equal(SaveIndicator.NotSaved, next.Save);
    }

    [Fact]
    public void Undo_is_one_effect()
    {
        Assert.Equal([new UndoEffect()], Press(Browsing(), ReviewCommand.Undo).Effects);
    }
}
