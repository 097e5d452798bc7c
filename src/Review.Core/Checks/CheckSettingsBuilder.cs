namespace Review.Core.Checks;

/// <summary>Collects the settings of each check while a config file is read, validating each key.</summary>
internal sealed class CheckSettingsBuilder
{
    private readonly Dictionary<string, (bool Enabled, Dictionary<string, double> Numbers)> _checks = [];

    /// <summary>The <c>profile</c> the file sets, or null to choose it from the data.</summary>
    public TextKind? Kind { get; private set; }

    public void SetProfile(string value, string where) =>
        Kind = value switch
        {
            "prose" => TextKind.Prose,
            "software" => TextKind.Software,
            _ => throw new CheckConfigException($"{where}: profile '{value}' is neither \"prose\" nor \"software\""),
        };

    public void Touch(string checkId, string where)
    {
        ConfigKeys.Validate(checkId, ConfigKeys.Enabled, where);
        Entry(checkId);
    }

    public void SetEnabled(string checkId, bool enabled, string where)
    {
        ConfigKeys.Validate(checkId, ConfigKeys.Enabled, where);
        var entry = Entry(checkId);
        _checks[checkId] = (enabled, entry.Numbers);
    }

    public void SetNumber(string checkId, string key, double value, string where)
    {
        ConfigKeys.Validate(checkId, key, where);
        if (key == ConfigKeys.Enabled)
        {
            throw new CheckConfigException($"{where}: 'enabled' takes true or false");
        }

        Entry(checkId).Numbers[key] = value;
    }

    public IReadOnlyDictionary<string, CheckSettings> Build() =>
        _checks.ToDictionary(c => c.Key, c => new CheckSettings(c.Value.Enabled, c.Value.Numbers));

    private (bool Enabled, Dictionary<string, double> Numbers) Entry(string checkId)
    {
        if (!_checks.TryGetValue(checkId, out var entry))
        {
            entry = (true, new Dictionary<string, double>());
            _checks[checkId] = entry;
        }

        return entry;
    }
}
