using System.Globalization;

namespace Review.Core.Checks;

/// <summary>
/// Reads the small TOML subset a check config needs: an optional top-level
/// <c>profile = "prose"|"software"</c>, then <c>[check.&lt;id&gt;]</c> tables holding
/// <c>enabled = true|false</c> and numeric keys, with <c>#</c> comments. Anything else is an error
/// naming the line, rather than a silently ignored setting.
/// </summary>
internal static class TomlCheckConfigReader
{
    public static CheckSettingsBuilder Read(string text, string fileName)
    {
        var builder = new CheckSettingsBuilder();
        string? table = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var where = $"{fileName}:{i + 1}";
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '[')
            {
                table = ReadHeader(line, where);
                builder.Touch(table, where);
                continue;
            }

            if (table is null && line.StartsWith("profile", StringComparison.Ordinal) && line.Split('=', 2) is [var key, var value] && key.Trim() == "profile")
            {
                builder.SetProfile(Unquote(value.Trim()), where);
                continue;
            }

            if (table is null)
            {
                throw new CheckConfigException($"{where}: settings must be inside a [check.<id>] table");
            }

            ReadSetting(builder, table, line, where);
        }

        return builder;
    }

    private static string ReadHeader(string line, string where)
    {
        if (!line.EndsWith(']') || line.StartsWith("[[", StringComparison.Ordinal))
        {
            throw new CheckConfigException($"{where}: expected a table header like [check.number]");
        }

        var name = line[1..^1].Trim();
        if (!name.StartsWith("check.", StringComparison.Ordinal))
        {
            throw new CheckConfigException($"{where}: unknown table [{name}]; use [check.<id>]");
        }

        return Unquote(name["check.".Length..].Trim());
    }

    private static void ReadSetting(CheckSettingsBuilder builder, string table, string line, string where)
    {
        var equals = line.IndexOf('=');
        if (equals <= 0)
        {
            throw new CheckConfigException($"{where}: expected key = value");
        }

        var key = Unquote(line[..equals].Trim());
        var value = line[(equals + 1)..].Trim();
        if (value is "true" or "false")
        {
            if (key != ConfigKeys.Enabled)
            {
                ConfigKeys.Validate(table, key, where);
                throw new CheckConfigException($"{where}: '{key}' takes a number");
            }

            builder.SetEnabled(table, value == "true", where);
            return;
        }

        if (!double.TryParse(value.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new CheckConfigException($"{where}: '{value}' is neither true, false nor a number");
        }

        builder.SetNumber(table, key, number, where);
    }

    private static string StripComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
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

    private static string Unquote(string key) =>
        key.Length >= 2 && key[0] == '"' && key[^1] == '"' ? key[1..^1] : key;
}
