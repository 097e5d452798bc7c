namespace Review.Core.Checks;

/// <summary>
/// <c>markup</c>: HTML/XML tags, code spans and link targets of the source must reach the target
/// verbatim, and nothing of the kind may appear from nowhere (a code span the translator turned into
/// a quotation, <c>`type`</c> → <c>'type'</c>, counts as carried over); markdown bold and emphasis
/// delimiters must match in number. Placeholders are the <c>placeholder</c> check's.
/// Software strings print as plain text, so with <paramref name="emphasis"/> off (the software
/// profile) asterisks and underscores are not compared: <c>*this* tar</c> → <c>此 tar</c> drops
/// nothing, <c>**…**</c> around a warning the source writes in capitals adds nothing, and
/// <c>***(Single step mode)****</c> is a banner. Code spans still count there.
/// </summary>
public sealed class MarkupCheck(bool emphasis = true) : ICheck
{
    public const string CheckId = "markup";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var source = MarkupScanner.Tokens(input.SourceProfile);
        var target = MarkupScanner.Tokens(input.TargetProfile);
        if (source is not null || target is not null)
        {
            Compare(source ?? [], target ?? [], input.Source, input.Target, findings);
        }

        if (emphasis && (input.Source.AsSpan().IndexOfAny('*', '_') >= 0 || input.Target.AsSpan().IndexOfAny('*', '_') >= 0))
        {
            CompareEmphasis(input, findings);
        }
    }

    private static void Compare(List<MarkupToken> source, List<MarkupToken> target, string sourceText, string targetText, List<Finding> findings)
    {
        // Each source token takes the first unused target token of the same text: a queue per text
        // keeps that linear in the number of tokens.
        var used = new bool[target.Count];
        var byText = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < target.Count; i++)
        {
            if (!byText.TryGetValue(target[i].Text, out var queue))
            {
                byText[target[i].Text] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        QuotedText? quoted = null;
        foreach (var token in source)
        {
            if (byText.TryGetValue(token.Text, out var queue) && queue.TryDequeue(out var match))
            {
                used[match] = true;
                continue;
            }

            if (token.Kind == "code" && IsQuotedIn(targetText, token.Text.Trim('`'), ref quoted))
            {
                // The translator quoted it instead ('type', “type”): the text survived, only its mark-up changed.
                continue;
            }

            findings.Add(new Finding(CheckId, Severity.Error, $"{token.Kind} {MessageText.Excerpt(token.Text)} in source is missing from target", [token.Span], []));
        }

        QuotedText? quotedInSource = null;
        for (var i = 0; i < target.Count; i++)
        {
            if (!used[i])
            {
                var token = target[i];
                if (token.Kind == "code" && IsQuotedIn(sourceText, token.Text.Trim('`'), ref quotedInSource))
                {
                    // The other way round: the source's 'always' or `%s' quoted with backticks.
                    continue;
                }

                findings.Add(new Finding(CheckId, Severity.Warning, $"{token.Kind} {MessageText.Excerpt(token.Text)} in target is not in source", [], [token.Span]));
            }
        }
    }

    /// <summary>Whether <paramref name="body"/> appears in <paramref name="text"/> right after an
    /// opening quote, spaces allowed (<c>“ type ”</c>, <c>`extends'</c>).</summary>
    private static bool IsQuotedIn(string text, string body, ref QuotedText? quoted) =>
        body.Length > 0 && (quoted ??= new QuotedText(text)).Starts(body);

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
