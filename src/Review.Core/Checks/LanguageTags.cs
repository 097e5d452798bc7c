namespace Review.Core.Checks;

/// <summary>Language tags reduced to what the checks branch on: the primary subtag.</summary>
public static class LanguageTags
{
    public static string Primary(string tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return "";
        }

        var end = tag.AsSpan().IndexOfAny('-', '_');
        if (end < 0 && !tag.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return tag;
        }

        var primary = end < 0 ? tag : tag[..end];
        return primary.ToLowerInvariant();
    }

    /// <summary>Korean, Chinese and Japanese write without a space before punctuation and use
    /// scripts other than Latin, which several checks rely on.</summary>
    public static bool IsCjk(string primary) => primary is "ko" or "zh" or "ja";
}
