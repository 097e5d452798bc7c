namespace Review.Cli.Screen;

/// <summary>
/// What the prompt row says before the typed text: a word or two, so that at 80 columns (and at
/// 40) the input keeps most of the row. The filter's syntax is in the help and docs/keys.md.
/// </summary>
internal static class PromptLabels
{
    public static string For(PromptKind? kind, int width) => width < 60 ? Short(kind) : kind switch
    {
        PromptKind.RejectReason => "reject, reason: ",
        PromptKind.Note => "note: ",
        PromptKind.Goto => "go to # or id: ",
        PromptKind.Search => "search: ",
        PromptKind.Filter => "filter: ",
        PromptKind.SplitCuts => "split after sentences (source target): ",
        _ => "> ",
    };

    private static string Short(PromptKind? kind) => kind switch
    {
        PromptKind.RejectReason => "reason: ",
        PromptKind.Note => "note: ",
        PromptKind.Goto => "go to: ",
        PromptKind.Search => "/",
        PromptKind.Filter => "filter: ",
        PromptKind.SplitCuts => "cut after: ",
        _ => "> ",
    };
}
