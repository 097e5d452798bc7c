namespace Review.Terminal.Widgets;

/// <summary>Deleting text that holds tokens: a token goes whole, and its partner goes with it.</summary>
public sealed partial class EditorState
{
    /// <summary>
    /// Removes [start, end) from the cursor's line and leaves the cursor at <paramref name="start"/>;
    /// then removes the partner of every token removed whose partner stayed (an opening code without
    /// its closing one would no longer nest), wherever in the text it is.
    /// </summary>
    private void RemoveOnLine(int start, int end)
    {
        var line = _lines[Line];
        var removed = Tokens is null
            ? []
            : TokenText.Spans(line, Tokens).Where(t => t.Start >= start && t.End <= end).Select(t => LabelOf(line, t)).ToList();
        _lines[Line] = line.Remove(start, end - start);
        Column = start;
        if (Tokens?.Partner is not { } partnerOf)
        {
            return;
        }

        foreach (var label in removed)
        {
            if (partnerOf(label) is { } partner && !removed.Contains(partner))
            {
                RemoveToken(partner);
            }
        }
    }

    /// <summary>Removes the first token labelled <paramref name="label"/>, keeping the cursor on the same text.</summary>
    private void RemoveToken(string label)
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            foreach (var token in TokenText.Spans(line, Tokens!))
            {
                if (LabelOf(line, token) != label)
                {
                    continue;
                }

                _lines[i] = line.Remove(token.Start, token.End - token.Start);
                if (i == Line && token.End <= Column)
                {
                    Column -= token.End - token.Start;
                }

                return;
            }
        }
    }

    private static string LabelOf(string line, (int Start, int End) token) => line[(token.Start + 1)..(token.End - 1)];
}
