namespace Review.Core.Checks;

/// <summary>
/// Which checks run and with which thresholds. Read from <c>review.toml</c> or <c>review.json</c>
/// next to the database, or from an explicit path; a check the file does not mention runs with
/// its defaults.
/// </summary>
public sealed class CheckConfig
{
    public static readonly CheckConfig Default = new(new Dictionary<string, CheckSettings>(), null);

    private readonly IReadOnlyDictionary<string, CheckSettings> _settings;

    public CheckConfig(IReadOnlyDictionary<string, CheckSettings> settings, string? path, TextKind? kind = null)
    {
        _settings = settings;
        Path = path;
        Kind = kind;
    }

    /// <summary>The text profile the file sets (<c>profile = "software"</c>), or null: chosen from the data.</summary>
    public TextKind? Kind { get; }

    /// <summary>The file this came from, or null for the defaults.</summary>
    public string? Path { get; }

    public bool IsEnabled(string checkId) => Settings(checkId).Enabled;

    public double Number(string checkId, string key, double fallback) =>
        Settings(checkId).Numbers.TryGetValue(key, out var value) ? value : fallback;

    /// <summary>This config with the profile set, unless the file already sets one.</summary>
    public CheckConfig WithKind(TextKind kind) => Kind is not null ? this : new CheckConfig(_settings, Path, kind);

    public CheckSettings Settings(string checkId) =>
        _settings.TryGetValue(checkId, out var found) ? found : CheckSettings.Default;

    /// <summary>The config for a database: <paramref name="explicitPath"/> when given (it must
    /// exist), else <c>review.toml</c> or <c>review.json</c> in the database's folder, else defaults.</summary>
    public static CheckConfig ForDatabase(string databasePath, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            if (!File.Exists(explicitPath))
            {
                throw new CheckConfigException($"{explicitPath}: config file not found");
            }

            return Load(explicitPath);
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath)) ?? ".";
        foreach (var name in new[] { "review.toml", "review.json" })
        {
            var candidate = System.IO.Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        return Default;
    }

    public static CheckConfig Load(string path)
    {
        var text = File.ReadAllText(path);
        var parsed = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonCheckConfigReader.Read(text, path)
            : TomlCheckConfigReader.Read(text, path);
        return new CheckConfig(parsed.Build(), path, parsed.Kind);
    }
}
