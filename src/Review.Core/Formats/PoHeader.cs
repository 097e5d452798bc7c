namespace Review.Core.Formats;

/// <summary>The fields of a PO header entry that review uses: the language, the charset and the number of plural forms.</summary>
public sealed record PoHeader(string? Language, string? Charset, int? PluralCount)
{
    public static PoHeader None { get; } = new(null, null, null);

    public static PoHeader Parse(string msgstr)
    {
        string? language = null, charset = null;
        int? plurals = null;
        foreach (var line in msgstr.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Language", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                language = value;
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                charset = Parameter(value, "charset");
            }
            else if (name.Equals("Plural-Forms", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(Parameter(value, "nplurals"), System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                plurals = n;
            }
        }
        return new PoHeader(language, charset, plurals);
    }

    /// <summary>Whether the file is UTF-8 (or a template's placeholder, or ASCII, which UTF-8 reads the same).</summary>
    public bool IsUtf8 => PoCharset.IsUtf8(Charset);

    private static string? Parameter(string value, string name)
    {
        foreach (var part in value.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && part[..eq].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return part[(eq + 1)..].Trim();
            }
        }
        return null;
    }
}
