namespace Review.Cli.Screen;

/// <summary>Everything Update reacts to: bound keys, submitted input, and the outcomes of effects.</summary>
public abstract record ReviewAction;
