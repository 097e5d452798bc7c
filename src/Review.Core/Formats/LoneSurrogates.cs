using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// UTF-8 files cannot hold a lone UTF-16 surrogate (JSON can, escaped). Plain-text formats
/// replace each with U+FFFD and count them, rather than fail halfway through an export.
/// </summary>
public static class LoneSurrogates
{
    public static string Replace(string text, ref long count)
    {
        if (!HasAny(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
                count++;
            }
            else
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    public static string Note(long count) => $"{count} lone surrogates (not encodable in UTF-8) were replaced by U+FFFD";

    /// <summary>Whether <paramref name="text"/> holds a surrogate without its partner.</summary>
    public static bool HasAny(string text)
    {
        var span = text.AsSpan();
        // The vectorised search keeps the common case (no surrogates at all) cheap on the import path.
        var first = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return false;
        }
        for (var i = first; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return true;
            }
        }
        return false;
    }
}
