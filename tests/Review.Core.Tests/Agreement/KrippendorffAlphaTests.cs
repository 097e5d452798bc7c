using Review.Core.Agreement;

namespace Review.Core.Tests.Agreement;

public sealed class KrippendorffAlphaTests
{
    /// <summary>
    /// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
    /// Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), section C:
    /// nominal data, 4 observers (A-D), 12 units, missing values included. Columns are units; "." is
    /// a missing value. Unit 12 has one value only, so it pairs nothing. The paper gives n = 40
    /// pairable values and alpha = 0.743; worked out by hand from the matrix below, 8 of the 40 coincidences
    /// disagree and the marginals are n_1..n_5 = 9, 13, 10, 5, 3, so alpha = 1 - 39 * 8 / (40^2 - 384) = 0.74342.
    /// </summary>
    private static readonly string[][] Published =
    [
        ["1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."],
        ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"],
        [".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."],
        ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."],
    ];

    [Fact]
    public void Krippendorffs_own_nominal_example_gives_0_743()
    {
        var alpha = new KrippendorffAlpha();
        for (var unit = 0; unit < 12; unit++)
        {
            alpha.AddUnit(Published.Select(row => row[unit]).Where(v => v != ".").ToList());
        }

        var result = alpha.Result();

        Assert.Equal(0.743, Math.Round(result.Value!.Value, 3));
        Assert.Equal(1 - (39.0 * 8 / 1216), result.Value!.Value, 12);
        Assert.Equal(11, result.Units);
        Assert.Equal(40, result.PairableValues);
        Assert.Equal(40, result.Coincidences.Values.Sum(), 9);
        // Two cells of the paper's coincidence matrix: o(1,1) = 7 and o(1,2) = 4/3.
        Assert.Equal(7, result.Coincidences[("1", "1")], 9);
        Assert.Equal(4.0 / 3, result.Coincidences[("1", "2")], 9);
        Assert.Equal(8.0 / 40, result.ObservedDisagreement, 9);
    }

    [Fact]
    public void Perfect_agreement_with_variation_is_1()
    {
        var alpha = new KrippendorffAlpha();
        alpha.AddUnit(["accept", "accept"]);
        alpha.AddUnit(["reject", "reject", "reject"]);

        Assert.Equal(1.0, alpha.Result().Value);
    }

    [Fact]
    public void All_the_same_value_leaves_alpha_undefined()
    {
        var alpha = new KrippendorffAlpha();
        alpha.AddUnit(["accept", "accept"]);
        alpha.AddUnit(["accept", "accept"]);

        var result = alpha.Result();

        Assert.Null(result.Value);
        Assert.Equal(0, result.ExpectedDisagreement);
        Assert.Equal(4, result.PairableValues);
    }

    [Fact]
    public void Units_with_one_value_pair_nothing()
    {
        var alpha = new KrippendorffAlpha();
        alpha.AddUnit(["accept"]);
        alpha.AddUnit(["reject"]);
        alpha.AddUnit([]);

        var result = alpha.Result();

        Assert.Null(result.Value);
        Assert.Equal((0L, 0L), (result.Units, result.PairableValues));
        Assert.Empty(result.Coincidences);
    }

    [Fact]
    public void Systematic_disagreement_is_below_zero()
    {
        var alpha = new KrippendorffAlpha();
        alpha.AddUnit(["accept", "reject"]);
        alpha.AddUnit(["reject", "accept"]);

        // o(accept,reject) = o(reject,accept) = 2, n = 4: 1 - 3 * 4 / (16 - 8) = -0.5.
        Assert.Equal(-0.5, alpha.Result().Value!.Value, 12);
    }
}
