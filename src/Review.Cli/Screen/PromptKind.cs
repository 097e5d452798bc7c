namespace Review.Cli.Screen;

/// <summary>What the one-line prompt is asking for; decides what Enter does with the text.</summary>
public enum PromptKind
{
    RejectReason,
    Note,
    Goto,
    Search,
    Filter,
    SplitCuts,
}
