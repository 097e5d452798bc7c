namespace Review.Core.Config;

/// <summary>
/// The line-oriented TOML subset that review's own config files use (keys.toml, the checks
/// config): <c>[table]</c> headers and <c>key = value</c> lines, one per line, with <c>#</c>
/// comments. Both readers go through here, so a comment or a quoted key reads the same in each.
/// A full TOML parser would accept multi-line values and dotted keys that these files never need,
/// and then every reader would have to refuse them again.
/// </summary>
public static class TomlLines
{
    /// <summary>The lines that hold something, comments stripped and trimmed, each named by file and line.</summary>
    public static IEnumerable<TomlLine> Read(string text, string fileName)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            if (line.Length > 0)
            {
                yield return new TomlLine($"{fileName}:{i + 1}", line);
            }
        }
    }

    /// <summary>A bare or double-quoted key, without its quotes.</summary>
    public static string Unquote(string key) =>
        key.Length >= 2 && key[0] == '"' && key[^1] == '"' ? key[1..^1] : key;

    private static string StripComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && inString)
            {
                i++;
            }
            else if (line[i] == '"')
            {
                inString = !inString;
            }
            else if (line[i] == '#' && !inString)
            {
                return line[..i];
            }
        }

        return line;
    }
}
