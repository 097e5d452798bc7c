namespace Review.Terminal.Widgets;

/// <summary>
/// <see cref="LineText"/>'s boundaries with <see cref="EditorTokens"/> taken as single graphemes:
/// a token starts at an open mark that has a close mark after it on the line, with no open mark between.
/// </summary>
internal static class TokenText
{
    public static int Next(string line, int index, EditorTokens? tokens) =>
        tokens is not null && TokenStartingAt(line, index, tokens) is { } end ? end : LineText.NextBoundary(line, index);

    public static int Previous(string line, int index, EditorTokens? tokens) =>
        tokens is not null && TokenEndingAt(line, index, tokens) is { } start ? start : LineText.PreviousBoundary(line, index);

    /// <summary>The token that <paramref name="index"/> falls strictly inside, if any.</summary>
    public static (int Start, int End)? Around(string line, int index, EditorTokens? tokens)
    {
        if (tokens is null)
        {
            return null;
        }
        foreach (var token in Spans(line, tokens))
        {
            if (token.Start < index && index < token.End)
            {
                return token;
            }
        }
        return null;
    }

    /// <summary><paramref name="index"/> moved out of a token it falls inside: to the token's end going forward, else its start.</summary>
    public static int Snap(string line, int index, EditorTokens? tokens, bool forward) =>
        Around(line, index, tokens) is { } token ? (forward ? token.End : token.Start) : index;

    /// <summary>Every token on the line, in order, as [Start, End) offsets (marks included).</summary>
    public static List<(int Start, int End)> Spans(string line, EditorTokens tokens)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == tokens.Open)
            {
                open = i;
            }
            else if (line[i] == tokens.Close && open >= 0)
            {
                spans.Add((open, i + 1));
                open = -1;
            }
        }
        return spans;
    }

    private static int? TokenStartingAt(string line, int index, EditorTokens tokens)
    {
        if (index >= line.Length || line[index] != tokens.Open)
        {
            return null;
        }
        for (var i = index + 1; i < line.Length; i++)
        {
            if (line[i] == tokens.Close)
            {
                return i + 1;
            }
            if (line[i] == tokens.Open)
            {
                return null;
            }
        }
        return null;
    }

    private static int? TokenEndingAt(string line, int index, EditorTokens tokens)
    {
        if (index <= 0 || index > line.Length || line[index - 1] != tokens.Close)
        {
            return null;
        }
        for (var i = index - 2; i >= 0; i--)
        {
            if (line[i] == tokens.Open)
            {
                return i;
            }
            if (line[i] == tokens.Close)
            {
                return null;
            }
        }
        return null;
    }
}
