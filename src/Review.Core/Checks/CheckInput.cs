namespace Review.Core.Checks;

/// <summary>
/// What every check sees of a pair: both texts and their language tags. The per-side
/// <see cref="TextProfile"/> (math, URLs, citations, code) is computed once, on first use, and
/// shared by all checks of one run.
/// </summary>
public sealed class CheckInput(string source, string target, string sourceLang, string targetLang)
{
    private TextProfile? sourceProfile;
    private TextProfile? targetProfile;

    public string Source { get; } = source;
    public string Target { get; } = target;
    public string SourceLang { get; } = LanguageTags.Primary(sourceLang);
    public string TargetLang { get; } = LanguageTags.Primary(targetLang);

    public TextProfile SourceProfile => sourceProfile ??= new TextProfile(Source);
    public TextProfile TargetProfile => targetProfile ??= new TextProfile(Target);
}
