namespace Review.Core.Text;

/// <summary>What a diff segment does to the old text on the way to the new one.</summary>
public enum DiffOperation
{
    Equal,
    Deleted,
    Inserted,
}
