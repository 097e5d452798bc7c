using System.Globalization;

namespace Review.Core.Encodings;

/// <summary>
/// Tallies the repairs of one column for the import summary, e.g.
/// <c>arxiv-translator: 100 of 100 rows repaired from UTF-8-as-Windows-874; 3,417 characters guessed</c>.
/// </summary>
public sealed class RepairSummary(string column, GarbleScheme scheme)
{
    public string Column { get; } = column;

    public GarbleScheme Scheme { get; } = scheme;

    public int Rows { get; private set; }

    public int RepairedRows { get; private set; }

    public int GuessedCharacters { get; private set; }

    public int TruncatedRows { get; private set; }

    public int UnrepairedCharacters { get; private set; }

    public void Add(RepairResult result)
    {
        Rows++;
        RepairedRows += result.Changed ? 1 : 0;
        GuessedCharacters += result.Guesses.Count;
        TruncatedRows += result.Truncated ? 1 : 0;
        UnrepairedCharacters += result.Unrepaired;
    }

    public override string ToString()
    {
        var culture = CultureInfo.InvariantCulture;
        var line = string.Format(culture, "{0}: {1:N0} of {2:N0} rows repaired from {3}; {4:N0} characters guessed",
            Column, RepairedRows, Rows, Scheme.Name, GuessedCharacters);
        if (TruncatedRows > 0)
        {
            line += string.Format(culture, "; {0:N0} rows cut mid-character", TruncatedRows);
        }

        if (UnrepairedCharacters > 0)
        {
            line += string.Format(culture, "; {0:N0} garbled characters left as they were", UnrepairedCharacters);
        }

        return line;
    }
}
