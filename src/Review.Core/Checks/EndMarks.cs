namespace Review.Core.Checks;

/// <summary>Reads the final mark of a message, in any of the scripts' forms: <c>:</c> and
/// <c>：</c> are one colon, <c>.</c> <c>。</c> <c>．</c> one full stop, <c>...</c> <c>…</c>
/// <c>……</c> one ellipsis. Trailing white space and line breaks are set aside.</summary>
public static class EndMarks
{
    public static EndMark Of(string text)
    {
        var end = text.AsSpan().TrimEnd();
        if (end.Length == 0)
        {
            return EndMark.None;
        }

        return end[^1] switch
        {
            ':' or '：' => EndMark.Colon,
            '…' or '⋯' => EndMark.Ellipsis,
            '.' when end.EndsWith("...") => EndMark.Ellipsis,
            '.' or '。' or '．' or '｡' => EndMark.FullStop,
            '?' or '？' => EndMark.Question,
            '!' or '！' => EndMark.Exclamation,
            _ => EndMark.None,
        };
    }

    /// <summary>The text without a final bracketed aside: <c>없습니다. (MERGE_HEAD가 없음)</c> ends
    /// with its full stop before the aside.</summary>
    public static string WithoutTrailingAside(string text)
    {
        var end = text.AsSpan().TrimEnd();
        if (end.Length == 0 || end[^1] is not (')' or '）'))
        {
            return text;
        }

        var open = end.LastIndexOfAny('(', '（');
        return open > 0 ? text[..open] : text;
    }

    /// <summary>How the mark is written in a finding's message.</summary>
    public static string Name(EndMark mark) => mark switch
    {
        EndMark.Colon => "colon",
        EndMark.Ellipsis => "ellipsis",
        EndMark.FullStop => "full stop",
        EndMark.Question => "question mark",
        EndMark.Exclamation => "exclamation mark",
        _ => "none",
    };
}
