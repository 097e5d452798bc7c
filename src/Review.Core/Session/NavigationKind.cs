namespace Review.Core.Session;

/// <summary>Where a navigation goes. Next, Previous and AfterDecision honour the filter.</summary>
public enum NavigationKind
{
    Resume,
    Reload,
    Next,
    Previous,
    NextPending,
    AfterDecision,
    Goto,
    Search,
    FirstMatch,
}
