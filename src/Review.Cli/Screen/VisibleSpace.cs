namespace Review.Cli.Screen;

/// <summary>
/// White space a diff adds or removes, drawn so it can be seen: · for a space, ⇥ for a tab and ↵
/// for a line break. A run of changed spaces would otherwise be blank cells (or, struck through at
/// the start of a line, nothing at all), and removed line breaks would open empty rows.
/// </summary>
internal static class VisibleSpace
{
    public static bool IsBlank(string text) => text.Length > 0 && text.All(char.IsWhiteSpace);

    /// <summary>The text with its white space visible when it is all white space; other text as it is.</summary>
    public static string Of(string text)
    {
        if (!IsBlank(text))
        {
            return text;
        }
        var shown = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            shown.Append(c switch
            {
                '\t' => "⇥",
                '\n' => "↵",
                '\r' => "",
                _ => "·",
            });
        }
        return shown.ToString();
    }
}
