using Review.Core.Checks;
using Review.Core.Pairs;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>
/// The screen's styles. Removed and added text differ by attribute as well as colour
/// (struck through vs underlined), so the diff still reads under NO_COLOR.
/// </summary>
public sealed record Theme(
    Style Header,
    Style Title,
    Style FocusedTitle,
    Style Body,
    Style Removed,
    Style Added,
    Style Highlight,
    Style Hint,
    Style HintKey,
    Style Status,
    Style Saved,
    Style NotSaved,
    Style Notice,
    Style Dim)
{
    public static Theme Default { get; } = new(
        Header: new Style(Color.Black, Color.Cyan, Attributes.Bold),
        Title: new Style(Color.Cyan, Color.Default, Attributes.Bold),
        FocusedTitle: new Style(Color.BrightYellow, Color.Default, Attributes.Bold | Attributes.Underline),
        Body: Style.Default,
        Removed: new Style(Color.BrightRed, Color.Default, Attributes.Strikethrough),
        Added: new Style(Color.BrightGreen, Color.Default, Attributes.Underline),
        Highlight: new Style(Color.Black, Color.Yellow),
        Hint: new Style(Color.BrightBlack, Color.Default),
        HintKey: new Style(Color.BrightWhite, Color.Default, Attributes.Bold),
        Status: new Style(Color.White, Color.BrightBlack),
        Saved: new Style(Color.BrightGreen, Color.BrightBlack, Attributes.Bold),
        NotSaved: new Style(Color.BrightWhite, Color.Red, Attributes.Bold),
        Notice: new Style(Color.BrightYellow, Color.Default, Attributes.Bold),
        Dim: new Style(Color.BrightBlack, Color.Default));

    /// <summary>A character the encoding repair guessed; italic as well, so it reads under NO_COLOR.</summary>
    public Style Guess { get; init; } = new(Color.Black, Color.Cyan, Attributes.Italic);

    /// <summary>A guess the repair was less than 90% sure of: stronger, bold as well.</summary>
    public Style UncertainGuess { get; init; } = new(Color.BrightWhite, Color.Magenta, Attributes.Bold | Attributes.Italic);

    /// <summary>The guess <c>c</c> is on, laid over its guess style.</summary>
    public Style CurrentGuess { get; init; } = new(Color.Default, Color.Default, Attributes.Underline | Attributes.Reverse);

    /// <summary>Every match of the last search in the panes; the current one stands out.</summary>
    public Style SearchMatch { get; init; } = new(Color.Black, Color.BrightBlue);

    public Style CurrentMatch { get; init; } = new(Color.Black, Color.BrightMagenta, Attributes.Bold | Attributes.Underline);

    /// <summary>A hunk's number while stepping; the current hunk's stands out.</summary>
    public Style HunkMark { get; init; } = new(Color.BrightBlack, Color.Default, Attributes.Bold);

    public Style CurrentHunk { get; init; } = new(Color.Black, Color.BrightYellow, Attributes.Bold);

    /// <summary>The suggestion's text of a hunk taken into the target (what will be saved).</summary>
    public Style Taken { get; init; } = new(Color.BrightGreen, Color.Default, Attributes.Bold);

    /// <summary>While a split's cuts are asked, the text that would go to the next pair; underlined as well, so it reads under NO_COLOR.</summary>
    public Style SplitMoves { get; init; } = new(Color.Black, Color.Yellow, Attributes.Underline);

    /// <summary>An inline code of XLIFF or TMX, <c>⟦g1⟧</c>: markup to keep, not text to translate; bold as well, so it reads under NO_COLOR.</summary>
    public Style InlineCode { get; init; } = new(Color.Magenta, Color.Default, Attributes.Bold);

    public static Style ForSeverity(Severity severity) => severity switch
    {
        Severity.Error => new Style(Color.BrightRed, Color.Default, Attributes.Bold),
        Severity.Warning => new Style(Color.BrightYellow, Color.Default),
        _ => new Style(Color.Cyan, Color.Default),
    };

    public Style ForStatus(PairStatus status) => status switch
    {
        PairStatus.Pending => Header,
        PairStatus.Rejected => Header with { Background = Color.Red, Foreground = Color.BrightWhite },
        PairStatus.Skipped => Header with { Background = Color.BrightBlack, Foreground = Color.BrightWhite },
        _ => Header with { Background = Color.Green },
    };
}
