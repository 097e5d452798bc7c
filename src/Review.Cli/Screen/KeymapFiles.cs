namespace Review.Cli.Screen;

/// <summary>
/// Where keys.toml is read from: <c>$XDG_CONFIG_HOME/review/keys.toml</c> (default
/// <c>~/.config/review/</c>), then the one beside the database. Both apply, in that order, so
/// the one beside the database wins for the actions it names and the personal one keeps the rest.
/// </summary>
public static class KeymapFiles
{
    public const string FileName = "keys.toml";

    public static IReadOnlyList<string> Paths(string? databasePath, Func<string, string?> environment)
    {
        var paths = new List<string>();
        var config = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".config") : null;
        if (config is not null)
        {
            paths.Add(Path.Combine(config, "review", FileName));
        }
        if (databasePath is not null)
        {
            paths.Add(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", FileName));
        }
        return paths.Distinct().ToList();
    }

    /// <summary>The default keymap with every existing keys.toml applied; a wrong file is a <see cref="KeymapException"/>.</summary>
    public static Keymap Load(string? databasePath, Func<string, string?> environment)
    {
        var keymap = Keymap.Default;
        foreach (var path in Paths(databasePath, environment).Where(File.Exists))
        {
            keymap = KeymapFile.Apply(keymap, File.ReadAllText(path), path);
        }
        return keymap;
    }
}
