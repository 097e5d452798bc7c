namespace Review.Core.Pairs;

public enum PairStatus
{
    Pending,
    Accepted,
    Fixed,
    Edited,
    Rejected,
    Skipped,
}
