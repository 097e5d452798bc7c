namespace Review.Core.Encodings;

/// <summary>
/// A character restored from a UTF-8 sequence that lost bytes. <see cref="Offset"/> and
/// <see cref="Length"/> are UTF-16 units in the repaired text; <see cref="Alternatives"/> are the
/// other candidates, most likely first; <see cref="Confidence"/> is the chosen one's share (0-1).
/// </summary>
public sealed record RepairGuess(int Offset, int Length, string Chosen, IReadOnlyList<string> Alternatives, double Confidence);
