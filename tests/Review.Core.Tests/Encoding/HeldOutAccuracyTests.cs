using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

/// <summary>
/// The honest measure: Korean lines from Debian documentation files that were held out of the
/// model (build-hangul-model.py), garbled the seed's way, repaired, and compared syllable by syllable.
/// </summary>
public sealed class HeldOutAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void At_least_97_percent_of_lost_syllables_are_restored()
    {
        var accuracy = RepairAccuracy.Measure(File.ReadLines(RepoFiles.HeldOutKorean), CodePage.Windows874);

        output.WriteLine($"held-out: {accuracy.Restored} of {accuracy.Lost} lost syllables restored ({accuracy.Share:P2}) over {accuracy.Lines} lines");
        Assert.True(accuracy.Lost > 5000, $"only {accuracy.Lost} lost syllables in the held-out sample");
        Assert.True(accuracy.Share >= 0.97, $"{accuracy.Restored} of {accuracy.Lost} lost syllables restored ({accuracy.Share:P2})");
    }
}
