namespace Review.Core.Checks;

/// <summary>What a config file says about one check: whether it runs, and its numeric thresholds.</summary>
public sealed record CheckSettings(bool Enabled, IReadOnlyDictionary<string, double> Numbers)
{
    public static readonly CheckSettings Default = new(true, new Dictionary<string, double>());
}
