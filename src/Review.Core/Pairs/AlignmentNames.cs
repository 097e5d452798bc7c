namespace Review.Core.Pairs;

/// <summary>The wire names of the alignment operations, as stored and shown.</summary>
public static class AlignmentNames
{
    public static string Of(AlignmentOperation operation) => operation switch
    {
        AlignmentOperation.Merge => "merge",
        AlignmentOperation.Split => "split",
        AlignmentOperation.ShiftDown => "shift-down",
        AlignmentOperation.ShiftUp => "shift-up",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public static AlignmentOperation Parse(string name) =>
        Enum.GetValues<AlignmentOperation>().First(o => Of(o) == name);
}
