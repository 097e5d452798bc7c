using Review.Core.Agreement;

namespace Review.Core.Tests.Agreement;

public sealed class CohenKappaTests
{
    /// <summary>
    /// The textbook two-rater example (Wikipedia, "Cohen's kappa", worked example; the same layout
    /// as Cohen 1960's table 1): 50 grant proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15.
    /// p_o = 35/50 = 0.7; A says yes 25/50, B 30/50, so p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = 0.4.
    /// </summary>
    [Fact]
    public void The_textbook_grant_proposal_example_gives_0_4()
    {
        var kappa = new CohenKappa();
        Add(kappa, "yes", "yes", 20);
        Add(kappa, "yes", "no", 5);
        Add(kappa, "no", "yes", 10);
        Add(kappa, "no", "no", 15);

        var result = kappa.Result();

        Assert.Equal(0.4, result.Value!.Value, 12);
        Assert.Equal((50L, 35L), (result.Units, result.Agreements));
        Assert.Equal(0.7, result.ObservedAgreement, 12);
        Assert.Equal(0.5, result.ChanceAgreement, 12);
    }

    [Fact]
    public void Perfect_agreement_on_two_values_is_1()
    {
        var kappa = new CohenKappa();
        Add(kappa, "accept", "accept", 3);
        Add(kappa, "reject", "reject", 2);

        Assert.Equal(1.0, kappa.Result().Value!.Value, 12);
    }

    [Fact]
    public void Both_always_choosing_the_same_one_value_leaves_kappa_undefined()
    {
        var kappa = new CohenKappa();
        Add(kappa, "accept", "accept", 4);

        var result = kappa.Result();

        Assert.Null(result.Value);
        Assert.Equal(1.0, result.ObservedAgreement);
        Assert.Equal(1.0, result.ChanceAgreement);
    }

    [Fact]
    public void No_shared_unit_leaves_kappa_undefined()
    {
        var result = new CohenKappa().Result();

        Assert.Null(result.Value);
        Assert.Equal(0, result.Units);
    }

    private static void Add(CohenKappa kappa, string first, string second, int times)
    {
        for (var i = 0; i < times; i++)
        {
            kappa.Add(first, second);
        }
    }
}
