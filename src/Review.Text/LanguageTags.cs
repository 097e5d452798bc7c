using System.Text.RegularExpressions;

namespace Review.Text;

/// <summary>
/// Language tags such as <c>en</c>, <c>ko</c>, <c>zh-Hans</c> or <c>pt_BR</c> (BCP 47 shape, loosely;
/// gettext's underscore is accepted), and the primary subtag the checks branch on.
/// </summary>
public static partial class LanguageTags
{
    public static bool IsTag(string text) => TagPattern().IsMatch(text);

    /// <summary>
    /// The primary subtag in lower case: <c>ko_KR</c> and <c>KO</c> are both <c>ko</c>. BCP 47 tags are
    /// case-insensitive, so the checks must not tell <c>ZH</c> from <c>zh</c>.
    /// </summary>
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

    /// <summary>Whether two tags name the same language, ignoring case and region (<c>en</c> matches <c>EN-us</c>).</summary>
    public static bool SameLanguage(string a, string b) => Primary(a) == Primary(b);

    /// <summary>Korean, Chinese and Japanese write without a space before punctuation and use
    /// scripts other than Latin, which several checks rely on.</summary>
    public static bool IsCjk(string primary) => primary is "ko" or "zh" or "ja";

    [GeneratedRegex("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex TagPattern();
}
