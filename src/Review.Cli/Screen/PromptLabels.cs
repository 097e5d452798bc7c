namespace Review.Cli.Screen;

/// <summary>What the prompt row says before the typed text.</summary>
internal static class PromptLabels
{
    public static string For(PromptKind? kind, int width) => width < 60 ? Short(kind) : kind switch
    {
        PromptKind.RejectReason => "reject, reason (Enter for none): ",
        PromptKind.Note => "note: ",
        PromptKind.Goto => "go to pair number or id: ",
        PromptKind.Search => "search: ",
        PromptKind.Filter => "filter (pending, rejected, check:ID, severity:error; empty = all): ",
        _ => "> ",
    };

    private static string Short(PromptKind? kind) => kind switch
    {
        PromptKind.RejectReason => "reason: ",
        PromptKind.Note => "note: ",
        PromptKind.Goto => "go to: ",
        PromptKind.Search => "/",
        PromptKind.Filter => "filter: ",
        _ => "> ",
    };
}
