namespace Review.Core.Checks;

/// <summary>
/// What every check sees of a pair: both texts and their language tags. The per-side
/// <see cref="TextProfile"/> (math, URLs, citations, code) is computed once, on first use, and
/// shared by all checks of one run, as are the measured lengths.
/// </summary>
public sealed class CheckInput(string source, string target, string sourceLang, string targetLang)
{
    private TextProfile? _sourceProfile;
    private TextProfile? _targetProfile;
    private int _sourceLength = -1;
    private int _targetLength = -1;

    public string Source { get; } = source;
    public string Target { get; } = target;
    public string SourceLang { get; } = LanguageTags.Primary(sourceLang);
    public string TargetLang { get; } = LanguageTags.Primary(targetLang);

    public TextProfile SourceProfile => _sourceProfile ??= new TextProfile(Source);
    public TextProfile TargetProfile => _targetProfile ??= new TextProfile(Target);

    /// <summary><see cref="LengthRatioBand.Measure"/> of the source, which length-ratio and truncation both need.</summary>
    public int SourceLength => _sourceLength >= 0 ? _sourceLength : _sourceLength = LengthRatioBand.Measure(Source, SourceProfile.IsPlain);

    /// <summary><see cref="LengthRatioBand.Measure"/> of the target.</summary>
    public int TargetLength => _targetLength >= 0 ? _targetLength : _targetLength = LengthRatioBand.Measure(Target, TargetProfile.IsPlain);
}
