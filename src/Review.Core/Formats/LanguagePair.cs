namespace Review.Core.Formats;

/// <summary>Source and target language tags, written <c>en-ko</c> (or <c>en-US:ko-KR</c> when a tag has a hyphen).</summary>
public sealed record LanguagePair(string Source, string Target)
{
    public static LanguagePair Default { get; } = new("en", "ko");

    public static bool TryParse(string text, out LanguagePair pair)
    {
        var separator = text.Contains(':') ? ':' : '-';
        var parts = text.Split(separator);
        if (parts.Length == 2 && parts.All(LanguageTags.IsTag))
        {
            pair = new LanguagePair(parts[0], parts[1]);
            return true;
        }
        pair = Default;
        return false;
    }

    public override string ToString() => Source.Contains('-') || Target.Contains('-') ? $"{Source}:{Target}" : $"{Source}-{Target}";
}
