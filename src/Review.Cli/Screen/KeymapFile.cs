namespace Review.Cli.Screen;

/// <summary>
/// Reads keys.toml: <c>[mode]</c> tables (review, hunks, editor, prompt, help, anywhere) holding
/// <c>action = "key"</c> or <c>action = ["key", "key"]</c>, with <c>#</c> comments; the small TOML
/// subset the checks config reads too. An action listed gets exactly those keys in its mode, and
/// they leave the mode's other actions. Anything unknown is an error naming the file and line.
/// </summary>
public static class KeymapFile
{
    public static Keymap Apply(Keymap keymap, string text, string fileName)
    {
        KeyMode? mode = null;
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
                mode = Header(line, where);
                continue;
            }
            if (mode is not { } current)
            {
                throw new KeymapException($"{where}: bindings must be inside a table such as [review]");
            }
            var (action, chords) = Binding(keymap, current, line, where);
            keymap = keymap.Rebind(current, action, chords);
        }
        return keymap;
    }

    private static KeyMode Header(string line, string where)
    {
        var name = line.EndsWith(']') && !line.StartsWith("[[", StringComparison.Ordinal) ? line[1..^1].Trim() : null;
        return (name is null ? null : KeyNames.Mode(name))
            ?? throw new KeymapException($"{where}: unknown table {line}; use one of {Modes()}");
    }

    private static (string Action, IReadOnlyList<InputChord> Chords) Binding(Keymap keymap, KeyMode mode, string line, string where)
    {
        var equals = line.IndexOf('=');
        if (equals <= 0)
        {
            throw new KeymapException($"{where}: expected action = \"key\" or action = [\"key\", ...]");
        }
        var action = Unquote(line[..equals].Trim());
        var known = keymap.Bindings.Where(b => b.Mode == mode).Select(b => b.Name).Distinct().ToList();
        if (!known.Contains(action))
        {
            throw new KeymapException($"{where}: unknown action '{action}' in [{KeyNames.Of(mode)}]; actions: {string.Join(", ", known)}");
        }
        var chords = Strings(line[(equals + 1)..].Trim(), where).Select(key => KeyNames.Chord(key)
            ?? throw new KeymapException($"{where}: '{key}' is not a key; write a, Space, Ctrl+S, Alt+Enter, Left, PgDn, F5 or the like")).ToList();
        return (action, chords);
    }

    /// <summary>A quoted string or a one-line array of them.</summary>
    private static List<string> Strings(string value, string where)
    {
        var inArray = value.StartsWith('[') && value.EndsWith(']');
        var body = inArray ? value[1..^1].Trim() : value;
        var strings = new List<string>();
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] != '"')
            {
                throw new KeymapException($"{where}: expected a quoted key such as \"a\" or a list [\"a\", \"Left\"]");
            }
            var (text, end) = ReadString(body, i + 1, where);
            strings.Add(text);
            i = end;
            while (i < body.Length && (body[i] == ' ' || body[i] == '\t'))
            {
                i++;
            }
            if (i < body.Length && (!inArray || body[i] != ','))
            {
                throw new KeymapException($"{where}: expected a comma between keys");
            }
            i++;
            while (i < body.Length && (body[i] == ' ' || body[i] == '\t'))
            {
                i++;
            }
        }
        return strings;
    }

    private static (string Text, int End) ReadString(string body, int start, string where)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < body.Length; i++)
        {
            if (body[i] == '"')
            {
                return (text.ToString(), i + 1);
            }
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] is '"' or '\\')
            {
                i++;
            }
            text.Append(body[i]);
        }
        throw new KeymapException($"{where}: a quoted key is not closed");
    }

    private static string Modes() => string.Join(", ", Enum.GetValues<KeyMode>().Select(m => $"[{KeyNames.Of(m)}]"));

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

    private static string Unquote(string key) =>
        key.Length >= 2 && key[0] == '"' && key[^1] == '"' ? key[1..^1] : key;
}
