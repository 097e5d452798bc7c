namespace Review.Core.Formats;

/// <summary>
/// One entry of a PO file as parsed. <see cref="Raw"/> keeps its lines exactly as read, which is
/// how the header and obsolete entries are carried through a review untouched.
/// </summary>
public sealed class PoEntry
{
    public long Line { get; set; }

    public List<string> TranslatorComments { get; } = [];

    public List<string> ExtractedComments { get; } = [];

    public List<string> References { get; } = [];

    public List<string> Flags { get; } = [];

    /// <summary>The <c>#|</c> lines (previous msgctxt/msgid of a fuzzy entry), after the <c>#| </c>.</summary>
    public List<string> Previous { get; } = [];

    public string? Context { get; set; }

    public string? Id { get; set; }

    public string? IdPlural { get; set; }

    /// <summary>msgstr, or msgstr[0..n-1] for a plural entry.</summary>
    public List<string> Translations { get; } = [];

    public bool Obsolete { get; set; }

    public List<string> Raw { get; } = [];

    public bool IsHeader => Id == "" && Context is null && !Obsolete;

    public bool IsFuzzy => Flags.Contains("fuzzy");

    public string RawText => string.Concat(Raw.Select(l => l + "\n"));
}
