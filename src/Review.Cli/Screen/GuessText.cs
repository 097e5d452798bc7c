using System.Globalization;
using System.Text;
using Review.Core.Checks;
using Review.Core.Encodings;

namespace Review.Cli.Screen;

/// <summary>
/// The target with the annotator's picks put in place of the repair's guesses, and where each
/// guess sits in that text. A guess whose stored offset no longer holds its choice is left out.
/// </summary>
internal static class GuessText
{
    public const double Uncertain = 0.9;

    public static string Candidate(RepairGuess guess, int pick) => pick == 0 ? guess.Chosen : guess.Alternatives[pick - 1];

    /// <summary>The working text and each guess's span in it (null for a guess that does not fit the text).</summary>
    public static (string Text, IReadOnlyList<TextSpan?> Spans) Apply(string target, IReadOnlyList<RepairGuess> guesses, GuessCursor cursor)
    {
        var text = new StringBuilder(target.Length);
        var spans = new TextSpan?[guesses.Count];
        var copied = 0;
        foreach (var i in Enumerable.Range(0, guesses.Count).OrderBy(i => guesses[i].Offset))
        {
            var guess = guesses[i];
            if (!Fits(target, guess, copied))
            {
                continue;
            }
            text.Append(target, copied, guess.Offset - copied);
            var shown = Candidate(guess, cursor.PickOf(i));
            spans[i] = new TextSpan(text.Length, shown.Length);
            text.Append(shown);
            copied = guess.Offset + guess.Length;
        }
        text.Append(target, copied, target.Length - copied);
        return (text.ToString(), spans);
    }

    /// <summary>The status of the current guess: k of N, what it shows, the others, and how sure the repair was.</summary>
    public static string Describe(IReadOnlyList<RepairGuess> guesses, GuessCursor cursor)
    {
        var guess = guesses[cursor.Index];
        var pick = cursor.PickOf(cursor.Index);
        var candidates = new[] { guess.Chosen }.Concat(guess.Alternatives).ToList();
        var shown = candidates[pick];
        var others = candidates.Skip(pick + 1).Concat(candidates.Take(pick)).ToList();
        var sure = guess.Confidence.ToString("0%", CultureInfo.InvariantCulture);
        var what = pick == 0 ? $"{shown}, {sure} sure" : $"{shown} instead of {guess.Chosen} ({sure} sure)";
        var next = others.Count == 0 ? "no alternatives" : "v tries " + string.Join(" ", others);
        return string.Create(CultureInfo.InvariantCulture, $"guess {cursor.Index + 1} of {guesses.Count}: {what} · {next}");
    }

    private static bool Fits(string target, RepairGuess guess, int copied) =>
        guess.Offset >= copied && guess.Length >= 0 && guess.Offset + guess.Length <= target.Length
        && string.CompareOrdinal(target, guess.Offset, guess.Chosen, 0, guess.Length) == 0 && guess.Chosen.Length == guess.Length;
}
