namespace Review.Core.Text;

/// <summary>
/// Collects segments while walking both texts front to back. Adjacent runs of the same operation
/// merge, so a view draws one styled span per change; short equalities inside a rewrite are
/// absorbed (<see cref="EqualityCleanup"/>); texts are cut only once, at the end.
/// </summary>
internal sealed class SegmentBuilder(string oldText, string newText)
{
    private readonly List<SegmentRun> _runs = [];

    public int OldPosition { get; private set; }

    public int NewPosition { get; private set; }

    public void Keep(int length)
    {
        Add(DiffOperation.Equal, length);
        OldPosition += length;
        NewPosition += length;
    }

    public void Delete(int length)
    {
        Add(DiffOperation.Deleted, length);
        OldPosition += length;
    }

    public void Insert(int length)
    {
        Add(DiffOperation.Inserted, length);
        NewPosition += length;
    }

    /// <summary>Replaces the rest of a span: everything up to the given ends is deleted, then inserted.</summary>
    public void Replace(int oldEnd, int newEnd)
    {
        Delete(oldEnd - OldPosition);
        Insert(newEnd - NewPosition);
    }

    public List<DiffSegment> Build() => EqualityCleanup.Apply(_runs).ConvertAll(run => new DiffSegment(
        run.Operation,
        run.Operation == DiffOperation.Inserted
            ? newText.Substring(run.NewStart, run.Length)
            : oldText.Substring(run.OldStart, run.Length),
        run.OldStart,
        run.NewStart));

    private void Add(DiffOperation operation, int length)
    {
        if (length == 0)
        {
            return;
        }
        if (_runs.Count > 0 && _runs[^1].Operation == operation)
        {
            _runs[^1] = _runs[^1] with { Length = _runs[^1].Length + length };
            return;
        }
        _runs.Add(new SegmentRun(operation, OldPosition, NewPosition, length));
    }
}
