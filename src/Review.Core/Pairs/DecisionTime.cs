using System.Globalization;

namespace Review.Core.Pairs;

/// <summary>
/// A decision's time as text: ISO 8601 UTC with milliseconds, a fixed width so that text order
/// is time order. Stores keep it in this form and exports write it, so people reading either see
/// real dates and an export restores to the same text.
/// </summary>
public static class DecisionTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Write(DateTimeOffset at) =>
        at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A stored time; text that is not one (a damaged page) is <see cref="InvalidDataException"/>, like other stored values.</summary>
    public static DateTimeOffset Read(string text) =>
        TryRead(text, out var at) ? at : throw new InvalidDataException($"a stored time is not a time ('{text}')");

    /// <summary>Reads a time written by <see cref="Write"/>, and only that form, so writing it back gives the same text.</summary>
    public static bool TryRead(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
}
