namespace Review.Core.Formats;

/// <summary>
/// Takes out of a unit read from review's own XLIFF export what the writer derives rather than
/// keeps: for a decided pair, the state attributes of <see cref="XliffStates"/>. (The file
/// attributes a writer had to make up are listed in <c>review:generated</c> on the <c>file</c> and
/// dropped by the reader.) So a pair comes back with the metadata it had, and exporting again
/// derives them again.
/// </summary>
internal static class XliffDerived
{
    public const string Generated = "generated";

    public static void Strip(XliffUnit unit)
    {
        if (unit.Review.Status is null or "pending" or "skipped")
        {
            return;
        }
        unit.Unit.Attributes.RemoveAll(a => a.Name == "approved");
        unit.TargetPart.Attributes.RemoveAll(a => a.Name == "state");
        unit.Segment.Attributes.RemoveAll(a => a.Name is "state" or "subState");
    }
}
