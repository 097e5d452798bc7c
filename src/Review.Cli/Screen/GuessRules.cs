namespace Review.Cli.Screen;

/// <summary>How the guess keys move among the encoding guesses and change the working target.</summary>
internal static class GuessRules
{
    public static ReviewState Next(ReviewState state)
    {
        if (Unavailable(state) is { } why)
        {
            return state with { Message = why };
        }
        var guesses = state.Shown!.Guesses;
        var cursor = state.Guess.Step(guesses.Count);
        return state with { Guess = cursor, RevealGuess = true, Message = GuessText.Describe(guesses, cursor) };
    }

    /// <summary>Cycles the current guess; with none chosen yet, the first guess.</summary>
    public static ReviewState Cycle(ReviewState state)
    {
        if (Unavailable(state) is { } why)
        {
            return state with { Message = why };
        }
        var guesses = state.Shown!.Guesses;
        var cursor = state.Guess.Index < 0 ? state.Guess.Step(guesses.Count) : state.Guess;
        if (guesses[cursor.Index].Alternatives.Count > 0)
        {
            cursor = cursor.Cycle(guesses);
        }
        return state with { Guess = cursor, RevealGuess = true, Message = GuessText.Describe(guesses, cursor) };
    }

    private static string? Unavailable(ReviewState state) => state.Shown switch
    {
        null => "no pair on screen",
        { Guesses.Count: 0 } => "no encoding guesses in this pair",
        { GuessesApply: false } => "the guesses were in the imported text; this pair's text has been edited since",
        _ => null,
    };
}
