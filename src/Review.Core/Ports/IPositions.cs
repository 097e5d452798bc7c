using Review.Core.Pairs;

namespace Review.Core.Ports;

/// <summary>Where each annotator was, so that their next session resumes there.</summary>
public interface IPositions
{
    void SavePosition(string annotator, PairId pair);

    PairId? LastPosition(string annotator);
}
