namespace Review.Core.Checks;

/// <summary>
/// <c>markup</c>: placeholders (<c>{0}</c>, <c>%s</c>), HTML/XML tags, code spans and link targets
/// of the source must reach the target verbatim, and nothing of the kind may appear from nowhere;
/// markdown bold and emphasis delimiters must match in number.
/// </summary>
public sealed class MarkupCheck : ICheck
{
    public const string CheckId = "markup";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var source = MarkupScanner.Tokens(input.SourceProfile);
        var target = MarkupScanner.Tokens(input.TargetProfile);
        if (source is not null || target is not null)
        {
            Compare(source ?? [], target ?? [], input.Target, findings);
        }

        if (input.Source.AsSpan().IndexOfAny('*', '_') >= 0 || input.Target.AsSpan().IndexOfAny('*', '_') >= 0)
        {
            CompareEmphasis(input, findings);
        }
    }

    private static void Compare(List<MarkupToken> source, List<MarkupToken> target, string targetText, List<Finding> findings)
    {
        var used = new bool[target.Count];
        foreach (var token in source)
        {
            var match = target.FindIndex(t => t.Text == token.Text);
            while (match >= 0 && used[match])
            {
                var next = target.FindIndex(match + 1, t => t.Text == token.Text);
                match = next;
            }

            if (match >= 0)
            {
                used[match] = true;
                continue;
            }

            if (token.Kind == "code" && targetText.Contains(token.Text.Trim('`'), StringComparison.Ordinal))
            {
                // The translator quoted it instead ('type', “type”): the text survived, only its mark-up changed.
                continue;
            }

            findings.Add(new Finding(CheckId, Severity.Error, $"{token.Kind} {MessageText.Excerpt(token.Text)} in source is missing from target", [token.Span], []));
        }

        for (var i = 0; i < target.Count; i++)
        {
            if (!used[i])
            {
                var token = target[i];
                findings.Add(new Finding(CheckId, Severity.Warning, $"{token.Kind} {MessageText.Excerpt(token.Text)} in target is not in source", [], [token.Span]));
            }
        }
    }

    private static void CompareEmphasis(CheckInput input, List<Finding> findings)
    {
        var source = MarkupScanner.Emphasis(input.SourceProfile);
        var target = MarkupScanner.Emphasis(input.TargetProfile);
        if (source.Bold != target.Bold)
        {
            findings.Add(new Finding(CheckId, Severity.Warning, $"bold markers differ: {source.Bold} in source, {target.Bold} in target", [], []));
        }

        if (source.Single != target.Single)
        {
            findings.Add(new Finding(CheckId, Severity.Warning, $"emphasis markers differ: {source.Single} in source, {target.Single} in target", [], []));
        }
    }
}
