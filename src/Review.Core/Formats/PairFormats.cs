namespace Review.Core.Formats;

/// <summary>Wire names of <see cref="PairFormat"/>, as typed after <c>--format</c>.</summary>
public static class PairFormats
{
    public static string Of(PairFormat format) => format.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out PairFormat format)
    {
        foreach (var f in Enum.GetValues<PairFormat>())
        {
            if (string.Equals(Of(f), name, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }
        format = default;
        return false;
    }
}
