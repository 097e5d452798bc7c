using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Review's statuses in XLIFF terms, for tools that read the standard attributes. Accepted, fixed
/// and edited pairs are reviewed (1.2 <c>state="signed-off"</c> and <c>approved="yes"</c>; 2.0
/// <c>state="reviewed"</c>); a rejected pair needs work again (1.2 <c>needs-review-translation</c>,
/// <c>approved="no"</c>; 2.0 <c>initial</c>). 2.0 also gets <c>subState="review:STATUS"</c>. Pending
/// and skipped pairs keep the state they came with. The exact status is <c>review:status</c>.
/// </summary>
internal static class XliffStates
{
    public static string? State12(PairStatus status) => status switch
    {
        PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited => "signed-off",
        PairStatus.Rejected => "needs-review-translation",
        _ => null,
    };

    public static string? Approved12(PairStatus status) => status switch
    {
        PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited => "yes",
        PairStatus.Rejected => "no",
        _ => null,
    };

    public static string? State20(PairStatus status) => status switch
    {
        PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited => "reviewed",
        PairStatus.Rejected => "initial",
        _ => null,
    };

    public static string? SubState20(PairStatus status) => State20(status) is null ? null : "review:" + PairNames.Of(status);
}
