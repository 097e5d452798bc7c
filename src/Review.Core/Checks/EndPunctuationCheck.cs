namespace Review.Core.Checks;

/// <summary>
/// <c>end-punctuation</c>: the colon, ellipsis, full stop, question or exclamation mark that ends the
/// source is missing from the end of the target (<c>Action:</c> → <c>动作</c>). Each script's forms
/// count (<c>：</c> <c>。</c> <c>？</c> for Chinese). How often a corpus keeps each mark is learned
/// from it (<see cref="CorpusProfile.EndMarkKeepRates"/>): a mark its translators drop by style
/// (Chinese property blurbs end without <c>。</c>) is reported only when the corpus keeps it at
/// least <see cref="MinKeepRateKey"/> of the time. A question or exclamation the target ends with a
/// full stop was rephrased as a statement (<c>maybe run apt-get update?</c> → <c>…실행해야 할 것입니다.</c>),
/// which Korean and Chinese often do; one that ends with no mark at all lost it, and so does a prompt
/// (<c>Edit again? </c>) that became a statement. The fix appends the
/// mark in the target's form.
/// </summary>
public sealed class EndPunctuationCheck(IReadOnlyDictionary<EndMark, double> keepRates, double minKeepRate = 0.8) : ICheck
{
    public const string CheckId = "end-punctuation";
    public const string MinKeepRateKey = "min_keep_rate";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var source = EndMarks.Of(input.Source);
        if (source == EndMark.None || keepRates.GetValueOrDefault(source, 1) < minKeepRate)
        {
            return;
        }

        var target = EndMarks.Of(input.Target);
        if (target == source || (source == EndMark.FullStop && target is EndMark.Exclamation or EndMark.Ellipsis)
            || (source is EndMark.Question or EndMark.Exclamation && target == EndMark.FullStop && !IsPrompt(input.Source))
            || EndMarks.Of(EndMarks.WithoutTrailingAside(input.Target)) == source || LabelMoved(input)
            || (source == EndMark.FullStop && !EndsSentence(input.Target, input.TargetLang)))
        {
            return;
        }

        var end = input.Target.AsSpan().TrimEnd().Length;
        if (end == 0)
        {
            return;
        }

        var message = $"target ends without the {EndMarks.Name(source)} the source ends with";
        var span = Graphemes.Snap(input.Target, end - 1, 1);
        if (target == EndMark.None && Written(source, input.TargetLang) is { } mark)
        {
            findings.Add(Finding.WithFix(CheckId, Severity.Warning, message, [], [span], input.Target, [new TextEdit(end, 0, mark)]));
            return;
        }

        findings.Add(new Finding(CheckId, Severity.Warning, message, [], [span]));
    }

    /// <summary><c>Edit again? </c>: a question that waits for the user's answer on the same line.</summary>
    private static bool IsPrompt(string source) => source.Length > 1 && source[^1] == ' ' && source.AsSpan().TrimEnd()[^1] is '?' or '？';

    /// <summary><c>add Signed-off-by:</c> → <c>Signed-off-by: 줄을 추가합니다</c>: the colon belongs to a
    /// token the translation moved, not to the message.</summary>
    private static bool LabelMoved(CheckInput input)
    {
        var source = input.Source.AsSpan().TrimEnd();
        var word = source[(source.LastIndexOf(' ') + 1)..];
        return word.Length > 1 && input.Target.AsSpan().IndexOf(word) >= 0;
    }

    /// <summary>Korean and Chinese UI strings often end a noun phrase without a full stop
    /// (<c>保存微调按钮值的调整</c>, <c>\q 마침</c>); a missing one counts when the target ends a
    /// sentence: it has another full stop, or, in Korean, a final ending (<c>…합니다</c>).</summary>
    private static bool EndsSentence(string target, string language)
    {
        if (language is not ("ko" or "zh" or "ja"))
        {
            return true;
        }

        var body = target.AsSpan().TrimEnd();
        var internalStop = body.IndexOfAny(".。") is var at && at >= 0 && at < body.Length - 1;
        return internalStop || (language == "ko" && body.Length > 0 && body[^1] is '다' or '요' or '까');
    }

    private static string? Written(EndMark mark, string language)
    {
        var wide = language is "zh" or "ja";
        return mark switch
        {
            EndMark.Colon => wide ? "：" : ":",
            EndMark.FullStop => wide ? "。" : ".",
            EndMark.Question => wide ? "？" : "?",
            EndMark.Exclamation => wide ? "！" : "!",
            EndMark.Ellipsis => wide ? "…" : "...",
            _ => null,
        };
    }
}
