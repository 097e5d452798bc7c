namespace Review.Core.Text;

/// <summary>
/// One run of a diff. Offsets are UTF-16 positions on grapheme boundaries: an Equal or Deleted run
/// starts at <see cref="OldStart"/> in the old text; an Equal or Inserted run starts at
/// <see cref="NewStart"/> in the new text. For an insertion, OldStart is where it goes in the old
/// text, and for a deletion NewStart is where it was taken from in the new text.
/// </summary>
public sealed record DiffSegment(DiffOperation Operation, string Text, int OldStart, int NewStart)
{
    public int Length => Text.Length;
}
