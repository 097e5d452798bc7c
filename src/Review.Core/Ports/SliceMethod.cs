namespace Review.Core.Ports;

/// <summary>How <see cref="IWorkQueue.Assign"/> deals the corpus out.</summary>
public enum SliceMethod
{
    RoundRobin,
    Blocks,
}
