using System.Text.RegularExpressions;

namespace Review.Core.Formats;

/// <summary>Recognises language tags such as <c>en</c>, <c>ko</c>, <c>zh-Hans</c> or <c>pt_BR</c> (BCP 47 shape, loosely).</summary>
public static partial class LanguageTags
{
    public static bool IsTag(string text) => TagPattern().IsMatch(text);

    /// <summary>Whether two tags name the same language, ignoring case and region (<c>en</c> matches <c>EN-us</c>).</summary>
    public static bool SameLanguage(string a, string b) =>
        string.Equals(Primary(a), Primary(b), StringComparison.OrdinalIgnoreCase);

    private static string Primary(string tag) => tag.Split('-', '_')[0];

    [GeneratedRegex("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex TagPattern();
}
