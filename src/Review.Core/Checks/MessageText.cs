namespace Review.Core.Checks;

/// <summary>Text quoted in a finding's message: on one line, with controls and runs of white space
/// shown as one space, and long excerpts cut with an ellipsis.</summary>
public static class MessageText
{
    public static string Excerpt(string text, int maxLength = 40)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, maxLength + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && lastWasSpace)
            {
                continue;
            }

            if (builder.Length == maxLength - 1)
            {
                return builder.Append('…').ToString();
            }

            builder.Append(space ? ' ' : c);
            lastWasSpace = space;
        }

        return builder.ToString();
    }
}
