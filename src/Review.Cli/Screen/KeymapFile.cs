using Review.Core.Config;

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
        foreach (var line in TomlLines.Read(text, fileName))
        {
            if (line.IsHeader)
            {
                mode = Header(line);
                continue;
            }
            if (mode is not { } current)
            {
                throw new KeymapException($"{line.Where}: bindings must be inside a table such as [review]");
            }
            var (action, chords) = Binding(keymap, current, line);
            keymap = keymap.Rebind(current, action, chords);
        }
        return keymap;
    }

    private static KeyMode Header(TomlLine line) =>
        (line.TableName is { } name ? KeyNames.Mode(name) : null)
            ?? throw new KeymapException($"{line.Where}: unknown table {line.Text}; use one of {Modes()}");

    private static (string Action, IReadOnlyList<InputChord> Chords) Binding(Keymap keymap, KeyMode mode, TomlLine line)
    {
        var where = line.Where;
        if (!line.TrySplit(out var action, out var value))
        {
            throw new KeymapException($"{where}: expected action = \"key\" or action = [\"key\", ...]");
        }
        var known = keymap.Bindings.Where(b => b.Mode == mode).Select(b => b.Name).Distinct().ToList();
        if (!known.Contains(action))
        {
            throw new KeymapException($"{where}: unknown action '{action}' in [{KeyNames.Of(mode)}]; actions: {string.Join(", ", known)}");
        }
        var chords = Strings(value, where).Select(key => KeyNames.Chord(key)
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
}
