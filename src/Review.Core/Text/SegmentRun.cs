namespace Review.Core.Text;

/// <summary>A segment before its text is cut: where it starts in both texts and how long it is.</summary>
internal readonly record struct SegmentRun(DiffOperation Operation, int OldStart, int NewStart, int Length);
