namespace Review.Core.Ports;

/// <summary>What `review stats` reports: reads the whole history, so once per command, not per frame.</summary>
public interface IStoreStatistics
{
    StoreStats Stats();
}
