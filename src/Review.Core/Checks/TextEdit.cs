namespace Review.Core.Checks;

/// <summary>Replace <see cref="Length"/> UTF-16 units at <see cref="Start"/> of the target with
/// <see cref="Replacement"/>. A finding's mechanical fix is a list of these, so fixes from several
/// findings can be combined.</summary>
public readonly record struct TextEdit(int Start, int Length, string Replacement)
{
    public int End => Start + Length;

    public static string Apply(string text, IReadOnlyList<TextEdit> sortedEdits)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var edit in sortedEdits)
        {
            builder.Append(text, at, edit.Start - at).Append(edit.Replacement);
            at = edit.End;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }
}
