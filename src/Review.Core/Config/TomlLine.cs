namespace Review.Core.Config;

/// <summary>One line of a config file that holds something; <see cref="Where"/> is "file:line" for messages.</summary>
public readonly record struct TomlLine(string Where, string Text)
{
    public bool IsHeader => Text[0] == '[';

    /// <summary>The name inside a <c>[name]</c> header; null when the line is no well-formed header (arrays of tables included).</summary>
    public string? TableName =>
        IsHeader && Text.EndsWith(']') && !Text.StartsWith("[[", StringComparison.Ordinal) ? Text[1..^1].Trim() : null;

    /// <summary>Splits <c>key = value</c>, the key unquoted and both trimmed; false when there is no key before an <c>=</c>.</summary>
    public bool TrySplit(out string key, out string value)
    {
        var equals = Text.IndexOf('=');
        key = equals > 0 ? TomlLines.Unquote(Text[..equals].Trim()) : "";
        value = equals > 0 ? Text[(equals + 1)..].Trim() : "";
        return equals > 0;
    }
}
