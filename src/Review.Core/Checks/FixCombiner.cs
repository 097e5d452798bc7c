namespace Review.Core.Checks;

/// <summary>
/// Combines the fixes of several findings into one target. Edits are taken finding by finding,
/// most severe first; an edit overlapping one already taken is dropped, so every applied edit is
/// exactly what its own finding proposed.
/// </summary>
public static class FixCombiner
{
    public static string? Combine(string target, IReadOnlyList<Finding> findings)
    {
        List<TextEdit>? taken = null;
        foreach (var finding in findings.OrderByDescending(f => f.Severity))
        {
            foreach (var edit in EditsOf(target, finding))
            {
                taken ??= [];
                if (!Overlaps(taken, edit))
                {
                    taken.Add(edit);
                }
            }
        }

        if (taken is null || taken.Count == 0)
        {
            return null;
        }

        taken.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        var combined = TextEdit.Apply(target, taken);
        return combined == target ? null : combined;
    }

    /// <summary>The finding's edits, or for a finding without them (e.g. read back from storage)
    /// one edit spanning everything between the common prefix and suffix.</summary>
    public static IReadOnlyList<TextEdit> EditsOf(string target, Finding finding)
    {
        if (finding.Edits.Count > 0)
        {
            return finding.Edits;
        }

        var suggested = finding.SuggestedTarget;
        if (suggested is null || suggested == target)
        {
            return [];
        }

        var prefix = target.AsSpan().CommonPrefixLength(suggested);
        var maxSuffix = Math.Min(target.Length, suggested.Length) - prefix;
        var suffix = 0;
        while (suffix < maxSuffix && target[^(suffix + 1)] == suggested[^(suffix + 1)])
        {
            suffix++;
        }

        return [new TextEdit(prefix, target.Length - prefix - suffix, suggested.Substring(prefix, suggested.Length - prefix - suffix))];
    }

    private static bool Overlaps(List<TextEdit> taken, TextEdit edit)
    {
        foreach (var other in taken)
        {
            if (other == edit)
            {
                return true;
            }

            var touchAsInsertions = other.Start == edit.Start && (other.Length == 0 || edit.Length == 0);
            if (touchAsInsertions || (edit.Start < other.End && other.Start < edit.End))
            {
                return true;
            }
        }

        return false;
    }
}
