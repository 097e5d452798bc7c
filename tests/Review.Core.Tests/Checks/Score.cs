namespace Review.Core.Tests.Checks;

/// <summary>A confusion count for one check over a labelled set.</summary>
internal sealed class Score
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(bool expected, bool found)
    {
        TruePositives += expected && found ? 1 : 0;
        FalsePositives += !expected && found ? 1 : 0;
        FalseNegatives += expected && !found ? 1 : 0;
    }
}
