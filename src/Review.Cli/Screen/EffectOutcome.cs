namespace Review.Cli.Screen;

/// <summary>The actions an effect produced, and whether the effects after it may still run.</summary>
internal sealed record EffectOutcome(IReadOnlyList<ReviewAction> Actions, bool Continue)
{
    public static EffectOutcome Then(params ReviewAction[] actions) => new(actions, true);

    public static EffectOutcome Stop(params ReviewAction[] actions) => new(actions, false);
}
