namespace Review.Core.Checks;

/// <summary>
/// <c>placeholder</c>: the placeholders of the source must reach the target as arguments, family by
/// family (<see cref="PlaceholderFamily"/>). Printf arguments compare by position and type: with
/// <c>%n$</c> positions the translation may reorder them, as long as each position keeps its type;
/// without positions they must keep their order and types, since a swap reads a string as an int at
/// run time. Named and numbered placeholders (<c>%(name)s</c>, <c>{0}</c>, <c>%1</c>, <c>$VAR</c>)
/// compare as a multiset of keys. Missing, extra or retyped arguments are errors. Date formats
/// (<c>%Y-%m-%d</c>) are localized freely and skipped.
/// </summary>
public sealed class PlaceholderCheck : ICheck
{
    public const string CheckId = "placeholder";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var source = input.SourceProfile.Placeholders;
        var target = input.TargetProfile.Placeholders;
        if (source.Count + target.Count == 0 || PlaceholderScanner.IsDateFormat(input.Source))
        {
            return;
        }

        var sourceArguments = PrintfArguments.Of(source);
        var targetArguments = PrintfArguments.Of(target);
        if (sourceArguments.Count + targetArguments.Count > 0)
        {
            PrintfArguments.Compare(input, sourceArguments, targetArguments, findings);
        }

        CompareKeys(input, source.Where(IsCounted).ToList(), target.Where(IsCounted).ToList(), findings);
        CompareVariables(input, source, target, findings);
        ReportMisplacedParts(input, target, findings);
        if (sourceArguments.Count > 0 && !findings.Exists(f => f.CheckId == CheckId))
        {
            ReportSilentReorder(input, source, target, findings);
        }
    }

    /// <summary><c>signal %s before running %.250s</c> → <c>%.250s … %s</c>: the same types, so
    /// nothing crashes, but without <c>%n$</c> the arguments land in each other's place. Only a
    /// difference in how they are written (precision, width, flags) shows it.</summary>
    private static void ReportSilentReorder(CheckInput input, IReadOnlyList<Placeholder> source, IReadOnlyList<Placeholder> target, List<Finding> findings)
    {
        var sourceSpecs = source.Where(p => p.Arguments.Count > 0).ToList();
        var targetSpecs = target.Where(p => p.Arguments.Count > 0).ToList();
        if (sourceSpecs.Count != targetSpecs.Count || sourceSpecs.Exists(p => p.Key is not null) || targetSpecs.Exists(p => p.Key is not null))
        {
            return;
        }

        var sourceWritten = sourceSpecs.Select(p => p.Written(input.Source)).ToList();
        var targetWritten = targetSpecs.Select(p => p.Written(input.Target)).ToList();
        if (!sourceWritten.SequenceEqual(targetWritten) && SameMultiset(sourceWritten, targetWritten))
        {
            findings.Add(new Finding(CheckId, Severity.Error,
                $"placeholders reordered without positions: {string.Join(" ", sourceWritten)} → {string.Join(" ", targetWritten)} (use %1$s, %2$s…)",
                [.. sourceSpecs.Select(p => p.Span)], [.. targetSpecs.Select(p => p.Span)]));
        }
    }

    /// <summary>The same strings as often on both sides, counted in one pass (sorting both cost n log n).</summary>
    private static bool SameMultiset(List<string> first, List<string> second)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var written in first)
        {
            counts[written] = counts.GetValueOrDefault(written) + 1;
        }

        foreach (var written in second)
        {
            if (counts.GetValueOrDefault(written) == 0)
            {
                return false;
            }

            counts[written]--;
        }

        return true;
    }

    /// <summary><c>%s$3</c> and <c>%3$s.250s</c>: a position or precision written after the
    /// conversion instead of inside it (<c>%3$s</c>, <c>%3$.250s</c>); printf prints it as text.</summary>
    private static void ReportMisplacedParts(CheckInput input, IReadOnlyList<Placeholder> target, List<Finding> findings)
    {
        HashSet<string>? inSource = null;
        foreach (var placeholder in target)
        {
            if (Misplaced(input.Target, placeholder) is not { } misplaced)
            {
                continue;
            }

            // The source's own misplaced parts, collected once: searching the source for each
            // was quadratic on a text of many.
            inSource ??= [.. input.SourceProfile.Placeholders.Select(p => Misplaced(input.Source, p)).OfType<(TextSpan, string)>()
                .Select(m => input.Source.Substring(m.Item1.Start, m.Item1.Length))];
            var written = input.Target.Substring(misplaced.Span.Start, misplaced.Span.Length);
            if (!inSource.Contains(written))
            {
                findings.Add(new Finding(CheckId, Severity.Error,
                    $"placeholder {MessageText.Excerpt(written)} has its {misplaced.What} after the conversion; printf prints it as text",
                    [], [misplaced.Span]));
            }
        }
    }

    /// <summary>The placeholder with the digits written after it, and which part they are, or null.</summary>
    private static (TextSpan Span, string What)? Misplaced(string text, Placeholder placeholder)
    {
        var end = placeholder.Span.End;
        if (placeholder.Family != PlaceholderFamily.Printf || placeholder.Arguments.Count == 0 || end + 1 >= text.Length)
        {
            return null;
        }

        var tail = end + 1;
        while (tail < text.Length && char.IsAsciiDigit(text[tail]))
        {
            tail++;
        }

        var position = text[end] == '$' && tail > end + 1 && placeholder.Key is null;
        var precision = text[end] == '.' && tail > end + 1 && tail < text.Length && text[tail] == text[end - 1];
        if (!position && !precision)
        {
            return null;
        }

        var length = (precision ? tail + 1 : tail) - placeholder.Span.Start;
        return (new TextSpan(placeholder.Span.Start, length), position ? "position" : "precision");
    }

    private static bool IsCounted(Placeholder placeholder) =>
        placeholder.Family is not (PlaceholderFamily.Printf or PlaceholderFamily.Variable) || placeholder.Type == "directive";

    /// <summary>Shell variables are names the text mentions, not arguments it consumes: each name must
    /// reach the other side, as often as the translation likes (<c>relative to $TMPDIR</c> → <c>如果设置了
    /// $TMPDIR，则相对于 $TMPDIR</c>). Each name is reported once.</summary>
    private static void CompareVariables(CheckInput input, IReadOnlyList<Placeholder> source, IReadOnlyList<Placeholder> target, List<Finding> findings)
    {
        HashSet<string?>? sourceNames = null;
        HashSet<string?>? targetNames = null;
        foreach (var placeholder in source)
        {
            if (placeholder.Family == PlaceholderFamily.Variable)
            {
                (sourceNames ??= []).Add(placeholder.Key);
            }
        }

        foreach (var placeholder in target)
        {
            if (placeholder.Family == PlaceholderFamily.Variable)
            {
                (targetNames ??= []).Add(placeholder.Key);
            }
        }

        if (sourceNames is null && targetNames is null)
        {
            return;
        }

        ReportUnmatchedNames(input.Source, source, targetNames, "in source is missing from target", inSource: true, findings);
        ReportUnmatchedNames(input.Target, target, sourceNames, "in target is not in source", inSource: false, findings);
    }

    private static void ReportUnmatchedNames(string text, IReadOnlyList<Placeholder> side, HashSet<string?>? other, string what, bool inSource, List<Finding> findings)
    {
        HashSet<string?>? reported = null;
        foreach (var placeholder in side)
        {
            if (placeholder.Family != PlaceholderFamily.Variable || (other?.Contains(placeholder.Key) ?? false) || !(reported ??= []).Add(placeholder.Key))
            {
                continue;
            }

            var message = $"placeholder {MessageText.Excerpt(placeholder.Written(text))} {what}";
            findings.Add(inSource
                ? new Finding(CheckId, Severity.Error, message, [placeholder.Span], [])
                : new Finding(CheckId, Severity.Error, message, [], [placeholder.Span]));
        }
    }

    /// <summary>Named and numbered placeholders: each key of one side must appear as often on the other.</summary>
    private static void CompareKeys(CheckInput input, List<Placeholder> source, List<Placeholder> target, List<Finding> findings)
    {
        if (source.Count + target.Count == 0)
        {
            return;
        }

        // Multiset difference by key: counts per (family, key, type), linear in the placeholders.
        var available = new Dictionary<(PlaceholderFamily, string?, string), int>();
        foreach (var placeholder in target)
        {
            var key = (placeholder.Family, placeholder.Key, placeholder.Type);
            available[key] = available.GetValueOrDefault(key) + 1;
        }

        foreach (var placeholder in source)
        {
            var key = (placeholder.Family, placeholder.Key, placeholder.Type);
            if (available.GetValueOrDefault(key) > 0)
            {
                available[key]--;
                continue;
            }

            var written = MessageText.Excerpt(placeholder.Written(input.Source));
            findings.Add(new Finding(CheckId, Severity.Error, $"placeholder {written} in source is missing from target",
                [placeholder.Span], []));
        }

        foreach (var extra in target.Reverse<Placeholder>().Where(t => Take(available, t)).Reverse())
        {
            var written = MessageText.Excerpt(extra.Written(input.Target));
            findings.Add(new Finding(CheckId, Severity.Error, $"placeholder {written} in target is not in source",
                [], [extra.Span]));
        }
    }

    /// <summary>Whether <paramref name="placeholder"/> is one of the target's placeholders left over
    /// after matching; the last ones of a key are the extras.</summary>
    private static bool Take(Dictionary<(PlaceholderFamily, string?, string), int> available, Placeholder placeholder)
    {
        var key = (placeholder.Family, placeholder.Key, placeholder.Type);
        if (available.GetValueOrDefault(key) <= 0)
        {
            return false;
        }

        available[key]--;
        return true;
    }
}
