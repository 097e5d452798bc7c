namespace Review.Core.Pairs;

/// <summary>What a change of alignment moves about: a pair's source, target and suggested fix.</summary>
public sealed record AlignedTexts(string Source, string Target, string? Suggestion)
{
    public static AlignedTexts Of(Pair pair) => new(pair.Source, pair.Target, pair.Suggestion);

    /// <summary>A pair a merge emptied: nothing left on either side.</summary>
    public bool IsEmpty => Source.Length == 0 && Target.Length == 0 && Suggestion is null;
}
