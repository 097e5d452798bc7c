namespace Review.Core.Encodings;

/// <summary>
/// The outcome of repairing one text. <see cref="Truncated"/> means the text was cut inside a
/// character; the cut character is shown as U+FFFD at the end and never invented.
/// <see cref="Unrepaired"/> counts garbled characters that were left as they were.
/// </summary>
public sealed record RepairResult(string Original, string Text, GarbleScheme? Scheme, IReadOnlyList<RepairGuess> Guesses, bool Truncated, int Unrepaired)
{
    public bool Changed => !string.Equals(Original, Text, StringComparison.Ordinal);

    public static RepairResult Unchanged(string text) =>
        new(text, text, null, [], text.EndsWith('\uFFFD'), 0);
}
