namespace Review.Core.Encodings;

/// <summary>
/// Measures lossy repair on clean text: garbles each line the way the sample corpus was garbled
/// (UTF-8 read with a code page that drops the bytes it cannot decode), repairs the lines as one
/// column, and counts the characters that had lost a byte and came back right.
/// </summary>
public sealed record RepairAccuracy(int Lines, int Lost, int Restored)
{
    public double Share => Lost == 0 ? 1 : (double)Restored / Lost;

    public static RepairAccuracy Measure(IEnumerable<string> cleanLines, CodePage page)
    {
        var repairer = new MojibakeRepairer(new GarbleScheme(page));
        int lines = 0, lost = 0, restored = 0;
        foreach (var clean in cleanLines.Where(l => l.Length > 0))
        {
            var result = repairer.Repair(Garble(clean, page));
            var lostHere = LostCharacters(clean, page);
            lines++;
            lost += lostHere;
            restored += lostHere - Differences(clean, result.Text, lostHere);
        }

        return new RepairAccuracy(lines, lost, restored);
    }

    public static string Garble(string clean, CodePage page) => page.Decode(System.Text.Encoding.UTF8.GetBytes(clean));

    /// <summary>Characters of <paramref name="clean"/> that lose at least one byte under <paramref name="page"/>.</summary>
    public static int LostCharacters(string clean, CodePage page) =>
        clean.EnumerateRunes().Count(rune => page.Decode(System.Text.Encoding.UTF8.GetBytes(rune.ToString())).Length < rune.Utf8SequenceLength);

    /// <summary>Characters where the repair differs; a repair of another length counts every lost character wrong.</summary>
    private static int Differences(string clean, string repaired, int lostHere)
    {
        var a = clean.EnumerateRunes().ToArray();
        var b = repaired.EnumerateRunes().ToArray();
        return a.Length == b.Length ? a.Zip(b).Count(p => p.First != p.Second) : lostHere;
    }
}
