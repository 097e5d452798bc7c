namespace Review.Cli.Screen;

/// <summary>A one-line notice from an effect: nothing found, end of corpus, search wrapped, nothing to undo.</summary>
public sealed record Notice(string Message) : ReviewAction;
