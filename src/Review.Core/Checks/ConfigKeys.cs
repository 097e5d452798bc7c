namespace Review.Core.Checks;

/// <summary>The keys a config file may set per check, so a typo is an error rather than a
/// silently ignored threshold.</summary>
public static class ConfigKeys
{
    public const string Enabled = "enabled";

    private static readonly Dictionary<string, string[]> NumericKeys = new()
    {
        ["placeholder"] = [],
        ["number"] = [],
        ["citation"] = [],
        ["math"] = [],
        ["markup"] = [],
        ["url"] = [],
        ["untranslated"] = [UntranslatedCheck.MinScriptShareKey, UntranslatedCheck.MinLettersKey, UntranslatedCheck.MinProseWordsKey],
        ["length-ratio"] = [LengthRatioCheck.MinKey, LengthRatioCheck.MaxKey, LengthRatioCheck.MinSourceLengthKey],
        ["truncation"] = [TruncationCheck.MaxRatioKey, TruncationCheck.MinSourceLengthKey],
        ["whitespace"] = [],
        ["bracket"] = [],
        ["repeat"] = [RepeatCheck.MaxPhraseWordsKey],
        ["encoding"] = [],
        ["control"] = [],
        ["accelerator"] = [],
        ["end-punctuation"] = [EndPunctuationCheck.MinKeepRateKey],
    };

    public static void Validate(string checkId, string key, string where)
    {
        if (!NumericKeys.TryGetValue(checkId, out var keys))
        {
            throw new CheckConfigException($"{where}: unknown check '{checkId}' (known: {string.Join(", ", NumericKeys.Keys)})");
        }

        if (key != Enabled && !keys.Contains(key))
        {
            var known = string.Join(", ", keys.Prepend(Enabled));
            throw new CheckConfigException($"{where}: check '{checkId}' has no setting '{key}' (known: {known})");
        }
    }
}
