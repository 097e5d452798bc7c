using Review.Core.Session;
using Review.Cli.Screen;
using Review.Core.Checks;

namespace Review.Cli.Tests.Screen;

public sealed class PairFilterTests
{
    [Theory]
    [InlineData("check:spelling", "unknown check 'spelling': the checks are ")]
    [InlineData("pending,check:nope", "unknown check 'nope'")]
    [InlineData("severity:fatal", "unknown severity 'fatal': the severities are error, warning, info")]
    [InlineData("pendng", "unknown filter term 'pendng': the statuses are pending, accepted, fixed, edited, rejected, skipped")]
    public void An_unknown_check_status_or_severity_is_an_error_listing_the_valid_ones(string text, string message)
    {
        Assert.Null(PairFilter.TryParse(text, out var error));

        Assert.StartsWith(message, error);
    }

    [Fact]
    public void Every_known_check_is_accepted()
    {
        Assert.All(CheckCatalog.Ids, id => Assert.NotNull(PairFilter.TryParse("check:" + id, out _)));
    }
}
