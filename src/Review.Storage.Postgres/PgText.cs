using System.Globalization;
using System.Text;
using Review.Core.Formats;

namespace Review.Storage.Postgres;

/// <summary>
/// PostgreSQL's <c>text</c> cannot hold U+0000 or a lone UTF-16 surrogate (a JSON "\ud800" escape
/// decodes to one): the server refuses the first, and encoding the second to UTF-8 would silently
/// turn it into U+FFFD. SQLite keeps such a text as a BLOB of its UTF-16 code units; here it is
/// stored as the hex of those code units, with a bit set in the row's <c>raw_fields</c> saying so,
/// so that every text round-trips exactly, as on SQLite. Searches do not look inside such texts.
/// </summary>
internal static class PgText
{
    public static bool Storable(string text) => !text.Contains('\0', StringComparison.Ordinal) && !LoneSurrogates.HasAny(text);

    /// <summary>The text as stored, and whether it had to be encoded.</summary>
    public static (string? Stored, bool Raw) Encode(string? text)
    {
        if (text is null || Storable(text))
        {
            return (text, false);
        }
        var hex = new StringBuilder(text.Length * 4);
        foreach (var unit in text)
        {
            hex.Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
        }
        return (hex.ToString(), true);
    }

    public static string? Decode(string? stored, bool raw)
    {
        if (stored is null || !raw)
        {
            return stored;
        }
        var units = new char[stored.Length / 4];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = (char)int.Parse(stored.AsSpan(i * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return new string(units);
    }

    /// <summary>A text that has no raw bit to mark it (annotator names, file names): refused clearly instead of altered.</summary>
    public static string Plain(string text, string what) => Storable(text)
        ? text
        : throw new ArgumentException($"the {what} contains a NUL or a lone surrogate, which PostgreSQL cannot store", nameof(text));
}
