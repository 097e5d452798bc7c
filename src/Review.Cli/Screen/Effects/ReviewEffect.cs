namespace Review.Cli.Screen;

/// <summary>
/// Something Update asks the loop to do: the only I/O of the screen. The loop runs a list of
/// effects in order and drops the rest when a decision could not be committed.
/// </summary>
public abstract record ReviewEffect;
