namespace Review.Core.Formats;

/// <summary>
/// Which keys or columns hold the pair, and why: <see cref="Reason"/> is shown to the user.
/// <see cref="Languages"/> is set when the keys themselves are language codes.
/// </summary>
public sealed record FieldChoice(
    string Source,
    string Target,
    string? Suggestion,
    string? Id,
    LanguagePair? Languages,
    string Reason)
{
    public bool IsPairField(string name) =>
        name == Source || name == Target || name == Suggestion || name == Id;

    public string Describe() =>
        $"source={Source}, target={Target}, suggestion={Suggestion ?? "(none)"}, id={Id ?? "(generated)"} ({Reason})";
}
