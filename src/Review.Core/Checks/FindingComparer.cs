namespace Review.Core.Checks;

/// <summary>Compares findings by what is stored of them, so a re-run writes only what changed.</summary>
public static class FindingComparer
{
    public static bool Same(IReadOnlyList<Finding> stored, IReadOnlyList<Finding> fresh)
    {
        if (stored.Count != fresh.Count)
        {
            return false;
        }

        for (var i = 0; i < stored.Count; i++)
        {
            var a = stored[i];
            var b = fresh[i];
            var same = a.CheckId == b.CheckId && a.Severity == b.Severity && a.Message == b.Message
                && a.SuggestedTarget == b.SuggestedTarget
                && a.SourceSpans.SequenceEqual(b.SourceSpans) && a.TargetSpans.SequenceEqual(b.TargetSpans);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
