namespace Review.Core.Encodings;

/// <summary>
/// A legacy single-byte code page that UTF-8 bytes may have been wrongly decoded with. Knows how to
/// turn each decoded character back into its byte, and which bytes it cannot represent: those were
/// dropped by the decoder (or became C1 controls, which we map back too), so they are the candidates
/// when a byte is missing.
/// </summary>
public sealed class CodePage
{
    /// <summary>Indexed by character; 0 means the code page cannot produce it (0 is never a high byte).</summary>
    private readonly byte[] _bytesByChar = new byte[0x10000];
    private readonly string _upperHalf;

    private CodePage(string name, string upperHalf, IEnumerable<string> aliases)
    {
        Name = name;
        Aliases = aliases.ToArray();
        _upperHalf = upperHalf;
        var dropped = new List<byte>();
        for (var i = 0; i < 128; i++)
        {
            var b = (byte)(0x80 + i);
            if (upperHalf[i] == '\0')
            {
                dropped.Add(b);
            }
            else
            {
                _bytesByChar[upperHalf[i]] = b;
            }
        }

        // Decoders that do not drop an undefined byte pass it through as the C1 control of the same value.
        foreach (var b in dropped.Where(b => b < 0xA0))
        {
            if (_bytesByChar[b] == 0)
            {
                _bytesByChar[b] = b;
            }
        }

        DroppedBytes = dropped.ToArray();
    }

    public static CodePage Windows1252 { get; } = new("Windows-1252", CodePageTables.Windows1252, ["1252", "cp1252", "windows-1252"]);

    public static CodePage Latin1 { get; } = new("Latin-1", CodePageTables.Latin1, ["latin1", "latin-1", "iso-8859-1", "iso8859-1", "28591"]);

    /// <summary>Windows-874 (Thai) with Windows-1252 for 0x80-0x9F, as the sample corpus was decoded.</summary>
    public static CodePage Windows874 { get; } = new("Windows-874", CodePageTables.Windows874With1252, ["874", "cp874", "windows-874", "tis-620"]);

    public static CodePage Windows1250 { get; } = new("Windows-1250", CodePageTables.Windows1250, ["1250", "cp1250", "windows-1250"]);

    public static CodePage Windows1251 { get; } = new("Windows-1251", CodePageTables.Windows1251, ["1251", "cp1251", "windows-1251"]);

    /// <summary>In order of preference when two code pages explain a text equally well.</summary>
    public static IReadOnlyList<CodePage> All { get; } = [Windows1252, Windows874, Windows1250, Windows1251, Latin1];

    public string Name { get; }

    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Bytes this code page cannot represent; a byte missing from the text was one of these.</summary>
    public IReadOnlyList<byte> DroppedBytes { get; }

    public static CodePage? Find(string name) =>
        All.FirstOrDefault(page => page.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || page.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>The byte this code page decodes to <paramref name="c"/>, for any character.</summary>
    public bool TryGetByte(char c, out byte value)
    {
        if (c < 0x80)
        {
            value = (byte)c;
            return true;
        }

        value = _bytesByChar[c];
        return value != 0;
    }

    /// <summary>
    /// Decodes bytes the way the legacy decoders that garble text do: undefined bytes are dropped, or
    /// with <paramref name="keepUndefined"/> passed through as the C1 control or Latin-1 character of
    /// the same value. This is how mojibake is made, for tests and measurements of the repair.
    /// </summary>
    public string Decode(ReadOnlySpan<byte> bytes, bool keepUndefined = false)
    {
        var builder = new System.Text.StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                builder.Append((char)b);
            }
            else if (_upperHalf[b - 0x80] != '\0')
            {
                builder.Append(_upperHalf[b - 0x80]);
            }
            else if (keepUndefined && b < 0xA0)
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    public override string ToString() => Name;
}
