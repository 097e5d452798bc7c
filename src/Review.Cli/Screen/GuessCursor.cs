using Review.Core.Encodings;

namespace Review.Cli.Screen;

/// <summary>
/// Where the annotator is among the encoding guesses of the pair on screen, and which candidate
/// each guess shows: pick 0 is the repair's choice, pick k its k-th alternative. Picks are kept
/// for the pair on screen only; showing another pair, or the same one after a decision or an
/// undo, starts again from the repair's choices.
/// </summary>
public sealed record GuessCursor(int Index, IReadOnlyList<int> Picks)
{
    public static GuessCursor None { get; } = new(-1, []);

    /// <summary>True when some guess shows an alternative instead of the repair's choice.</summary>
    public bool Changed => Picks.Any(p => p != 0);

    public int PickOf(int guess) => guess < Picks.Count ? Picks[guess] : 0;

    /// <summary>The next guess, wrapping to the first.</summary>
    public GuessCursor Step(int count) => this with { Index = count == 0 ? -1 : (Index + 1) % count };

    /// <summary>The current guess's next candidate: the choice, then each alternative, then the choice again.</summary>
    public GuessCursor Cycle(IReadOnlyList<RepairGuess> guesses)
    {
        var picks = Enumerable.Range(0, guesses.Count).Select(PickOf).ToArray();
        picks[Index] = (picks[Index] + 1) % (guesses[Index].Alternatives.Count + 1);
        return this with { Picks = picks };
    }
}
