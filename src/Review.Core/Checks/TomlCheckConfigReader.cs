using System.Globalization;
using Review.Core.Config;

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
        foreach (var line in TomlLines.Read(text, fileName))
        {
            if (line.IsHeader)
            {
                table = ReadHeader(line);
                builder.Touch(table, line.Where);
                continue;
            }

            if (table is null && line.TrySplit(out var key, out var value) && key == "profile")
            {
                builder.SetProfile(TomlLines.Unquote(value), line.Where);
                continue;
            }

            if (table is null)
            {
                throw new CheckConfigException($"{line.Where}: settings must be inside a [check.<id>] table");
            }

            ReadSetting(builder, table, line);
        }

        return builder;
    }

    private static string ReadHeader(TomlLine line)
    {
        var name = line.TableName ?? throw new CheckConfigException($"{line.Where}: expected a table header like [check.number]");
        if (!name.StartsWith("check.", StringComparison.Ordinal))
        {
            throw new CheckConfigException($"{line.Where}: unknown table [{name}]; use [check.<id>]");
        }

        return TomlLines.Unquote(name["check.".Length..].Trim());
    }

    private static void ReadSetting(CheckSettingsBuilder builder, string table, TomlLine line)
    {
        var where = line.Where;
        if (!line.TrySplit(out var key, out var value))
        {
            throw new CheckConfigException($"{where}: expected key = value");
        }

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
}
