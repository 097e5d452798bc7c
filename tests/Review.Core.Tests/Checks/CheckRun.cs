using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

/// <summary>Runs one check on one pair, as the runner would.</summary>
internal static class CheckRun
{
    public static List<Finding> Of(ICheck check, string source, string target, string targetLang = "ko", string sourceLang = "en")
    {
        var findings = new List<Finding>();
        check.Run(new CheckInput(source, target, sourceLang, targetLang), findings);
        return findings;
    }

    public static void AssertFires(bool expected, ICheck check, string source, string target, string targetLang = "ko")
    {
        var findings = Of(check, source, target, targetLang);
        Assert.True(expected == findings.Count > 0,
            $"{check.Id} expected {(expected ? "a finding" : "none")}, got: {string.Join(" | ", findings.Select(f => f.Message))}");
        Assert.All(findings, f => Assert.Equal(check.Id, f.CheckId));
    }
}
