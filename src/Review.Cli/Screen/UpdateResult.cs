namespace Review.Cli.Screen;

/// <summary>The next state and the effects the loop must run, in order.</summary>
public sealed record UpdateResult(ReviewState State, IReadOnlyList<ReviewEffect> Effects)
{
    public static UpdateResult Only(ReviewState state) => new(state, []);
}
