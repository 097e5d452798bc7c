using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class CheckRunnerTests
{
    [Fact]
    public void Clean_pair_has_no_findings_and_no_suggestion()
    {
        var result = CheckCatalog.Create().Run("We trained 3 models [12].", "우리는 3개의 모델을 학습했다[12].", "en", "ko");
        Assert.Empty(result.Findings);
        Assert.Null(result.SuggestedTarget);
    }

    [Fact]
    public void Fixes_of_several_findings_combine_into_one_suggestion()
    {
        var source = "We set \\(\\epsilon\\) as in [82, 26].";
        var target = "우리는  \\ (\\epsilon\\)를 모델을 모델을 설정했다［82, 26］.";
        var result = CheckCatalog.Create().Run(source, target, "en", "ko");
        Assert.Superset(new HashSet<string> { "citation", "math", "whitespace", "repeat" }, result.Findings.Select(f => f.CheckId).ToHashSet());
        Assert.Equal("우리는 \\(\\epsilon\\)를 모델을 설정했다[82, 26].", result.SuggestedTarget);
    }

    [Fact]
    public void Overlapping_fixes_keep_the_more_severe_one()
    {
        var target = "abc def";
        var findings = new[]
        {
            Finding.WithFix("whitespace", Severity.Info, "m", [], [], target, [new TextEdit(2, 3, "X")]),
            Finding.WithFix("math", Severity.Error, "m", [], [], target, [new TextEdit(3, 3, "Y")]),
        };
        Assert.Equal("abcYf", FixCombiner.Combine(target, findings));
    }

    [Fact]
    public void Findings_read_back_from_storage_still_combine()
    {
        var target = "우리는  모델을 모델을 학습한다.";
        var stored = CheckCatalog.Create().Run("We train models.", target, "en", "ko").Findings
            .Select(f => f with { Edits = [] }).ToList();
        Assert.Equal("우리는 모델을 학습한다.", FixCombiner.Combine(target, stored));
    }

    [Fact]
    public void Disabled_checks_do_not_run()
    {
        var config = new CheckConfig(new Dictionary<string, CheckSettings> { ["repeat"] = new(false, new Dictionary<string, double>()) }, null);
        var result = CheckCatalog.Create(config).Run("We train models.", "우리는 모델을 모델을 학습한다.", "en", "ko");
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Every_check_has_a_distinct_stable_id()
    {
        var software = CorpusProfile.Default with { Kind = TextKind.Software };
        var ids = CheckCatalog.Create(null, software).Checks.Select(c => c.Id).ToArray();
        Assert.Equal(CheckCatalog.Ids, ids);
        Assert.Equal(["placeholder", "number", "citation", "math", "markup", "url", "untranslated", "length-ratio", "truncation", "whitespace", "bracket", "repeat", "encoding", "control", "accelerator", "end-punctuation"], ids);
        Assert.DoesNotContain("end-punctuation", CheckCatalog.Create().Checks.Select(c => c.Id));
    }

    [Fact]
    public void Runner_is_safe_to_share_between_threads()
    {
        var runner = CheckCatalog.Create();
        var expected = runner.Run("We train the model [3].", "우리는  모델을 모델을 학습한다.", "en", "ko");
        var results = new CheckResult[64];
        Parallel.For(0, results.Length, i => results[i] = runner.Run("We train the model [3].", "우리는  모델을 모델을 학습한다.", "en", "ko"));
        Assert.Contains(expected.Findings, f => f.CheckId == "repeat");
        Assert.All(results, result => Assert.Equal(expected.Findings.Select(f => f.Message), result.Findings.Select(f => f.Message)));
        Assert.All(results, result => Assert.Equal(expected.SuggestedTarget, result.SuggestedTarget));
    }
}
