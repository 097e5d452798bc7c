using Review.Core.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The target pane while stepping through hunks: the text as it would be saved. Each hunk opens
/// with its number (the current one stands out); a taken hunk shows the suggestion's text, and a
/// hunk left out still shows the diff, removed text struck through and added text underlined.
/// </summary>
internal static class HunkText
{
    public static IEnumerable<TextPiece> Pieces(HunkSteps steps, bool suggestionPane, Theme theme)
    {
        var hunkOf = DiffHunks.HunkOfSegment(steps.Diff);
        var segments = steps.Diff.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var hunk = hunkOf[i];
            if (hunk > 0 && (i == 0 || hunkOf[i - 1] != hunk))
            {
                yield return new TextPiece($"[{hunk}]", hunk == steps.Current ? theme.CurrentHunk : theme.HunkMark, -1);
            }
            var taken = steps.Taken.Contains(hunk);
            switch (segment.Operation)
            {
                case DiffOperation.Equal:
                    yield return new TextPiece(segment.Text, theme.Body, segment.OldStart);
                    break;
                case DiffOperation.Deleted when !taken:
                    yield return new TextPiece(VisibleSpace.Of(segment.Text), theme.Removed, VisibleSpace.IsBlank(segment.Text) ? -1 : segment.OldStart);
                    break;
                case DiffOperation.Inserted when taken:
                    yield return new TextPiece(segment.Text, theme.Taken, -1);
                    break;
                case DiffOperation.Inserted when !suggestionPane:
                    yield return new TextPiece(VisibleSpace.Of(segment.Text), theme.Added, -1);
                    break;
            }
        }
    }

    /// <summary>The pieces up to and including the current hunk's number, to find the line the pane scrolls to.</summary>
    public static IReadOnlyList<Review.Terminal.Buffers.StyledSpan> UpToCurrent(HunkSteps steps, bool suggestionPane, Theme theme)
    {
        var marker = $"[{steps.Current}]";
        var prefix = new List<Review.Terminal.Buffers.StyledSpan>();
        foreach (var piece in Pieces(steps, suggestionPane, theme))
        {
            prefix.Add(piece.ToSpan());
            if (piece.Offset < 0 && piece.Text == marker && piece.Style == theme.CurrentHunk)
            {
                break;
            }
        }
        return prefix;
    }
}
