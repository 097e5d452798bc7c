namespace Review.Cli.Screen;

/// <summary>A navigation found nothing (end of corpus, no match, unknown id); the message says which.</summary>
public sealed record NavigationFailed(string Message) : ReviewAction;
