namespace Review.Core.Text;

/// <summary>
/// The segments of a diff in reading order. Equal and Deleted runs concatenate to the old text;
/// Equal and Inserted runs concatenate to the new text.
/// </summary>
/// <param name="FellBack">True when some changed span exceeded the budget and is shown coarser than
/// asked: by word, with its sentences paired in order, or replaced entirely. The screen shows a
/// small marker for it.</param>
/// <param name="Work">The budget spent, in token-comparison cells (see <see cref="DiffBudget"/>).</param>
public sealed record TextDiffResult(IReadOnlyList<DiffSegment> Segments, bool FellBack, long Work)
{
    public bool HasChanges => Segments.Any(s => s.Operation != DiffOperation.Equal);

    public string OldText() => Join(DiffOperation.Deleted);

    public string NewText() => Join(DiffOperation.Inserted);

    private string Join(DiffOperation side) =>
        string.Concat(Segments.Where(s => s.Operation == DiffOperation.Equal || s.Operation == side).Select(s => s.Text));
}
