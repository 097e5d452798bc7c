namespace Review.Core.Text;

/// <summary>
/// One hunk of a diff: a maximal run of changed segments between equal text, numbered from 1.
/// <see cref="First"/> and <see cref="Last"/> index the diff's segments.
/// </summary>
public sealed record DiffHunk(int Number, int First, int Last);
