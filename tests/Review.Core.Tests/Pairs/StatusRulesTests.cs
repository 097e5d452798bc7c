using Review.Core.Pairs;

namespace Review.Core.Tests.Pairs;

public sealed class StatusRulesTests
{
    [Theory]
    [InlineData(DecisionKind.Accept, PairStatus.Accepted)]
    [InlineData(DecisionKind.TakeSuggestion, PairStatus.Fixed)]
    [InlineData(DecisionKind.Edit, PairStatus.Edited)]
    [InlineData(DecisionKind.Reject, PairStatus.Rejected)]
    [InlineData(DecisionKind.Skip, PairStatus.Skipped)]
    public void Each_decision_gives_its_status_and_the_status_names_its_decision(DecisionKind kind, PairStatus status)
    {
        Assert.Equal(status, StatusRules.After(kind));
        Assert.Equal(kind, StatusRules.KindBehind(status));
    }

    [Fact]
    public void An_undo_has_no_status_of_its_own_and_pending_no_decision()
    {
        // The pair takes the status of the decision the undo restores; a caller asking for an undo's own status has a bug.
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusRules.After(DecisionKind.Undo));
        Assert.Null(StatusRules.KindBehind(PairStatus.Pending));
    }

    [Fact]
    public void Done_is_accepted_fixed_edited_and_rejected_and_skipped_is_not()
    {
        var done = Enum.GetValues<PairStatus>().Where(StatusRules.IsDone);

        Assert.Equal([PairStatus.Accepted, PairStatus.Fixed, PairStatus.Edited, PairStatus.Rejected], done);
    }
}
