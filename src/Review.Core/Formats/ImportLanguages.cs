namespace Review.Core.Formats;

/// <summary>
/// The languages an import runs its checks with, held against the script the first targets are
/// written in, because the checks branch on the target language (Korean endings, Chinese punctuation,
/// the untranslated share) and give wrong findings for a language the text is not in.
/// </summary>
/// <remarks>
/// Only a non-Latin script is held against the label: a Latin script cannot tell French from German,
/// and Latin targets under a Korean label are what the untranslated check is for.
/// <list type="bullet">
/// <item><c>--lang</c> that contradicts the script: refused, naming the script and a <c>--lang</c> to pass.</item>
/// <item>A file that names its languages and contradicts the script: kept, with a warning.</item>
/// <item>A file that names none: the script's language replaces the default (a note says so).</item>
/// </list>
/// Only Hangul, Han and kana act so; another script (Thai, Cyrillic, Greek, Arabic) is what Korean or
/// Chinese read in a legacy code page looks like, so it only earns a warning.
/// </remarks>
public static class ImportLanguages
{
    /// <param name="targets">The first targets, repaired (<see cref="PairEnrichment.RepairedTargets"/>).</param>
    public static (LanguagePair Languages, string? Note) Resolve(
        LanguagePair? given, IPairReader reader, IReadOnlyList<string> targets)
    {
        var languages = reader.Languages;
        var script = WritingScripts.Dominant(targets);
        var expected = WritingScripts.Of(LanguageTags.Primary(languages.Target));
        if (script is Script.None or Script.Latin or Script.Other || expected is null || expected == script)
        {
            return (languages, null);
        }
        var seen = $"the first {targets.Count} targets are written in {WritingScripts.Name(script)} script";
        var guess = WritingScripts.LanguageOf(script);
        var suggestion = guess is null ? "pass --lang with their language" : $"pass --lang {new LanguagePair(languages.Source, guess)}";
        if (script is not (Script.Hangul or Script.Han or Script.Kana))
        {
            // Korean or Chinese read in a legacy code page comes out Thai, Cyrillic, Greek or Arabic:
            // unrepaired mojibake must not change the languages or stop the import.
            return (languages, $"warning: the targets are labelled {Said(languages.Target)}, but {seen}; " +
                $"the checks run as {languages.Target}; if the text is not garbled, {suggestion}");
        }
        if (given is not null)
        {
            throw new InputException(reader.FileName, null,
                $"--lang {given} says the targets are {Said(languages.Target)}, but {seen}; {suggestion}; nothing was imported");
        }
        if (reader.DeclaresLanguages)
        {
            return (languages, $"warning: the file says the targets are {Said(languages.Target)}, but {seen}; " +
                $"the checks run as {languages.Target}; to run them otherwise, {suggestion}");
        }
        var detected = new LanguagePair(languages.Source, guess!);
        return (detected, $"languages {detected} taken from the targets' script ({WritingScripts.Name(script)}), " +
            "as the file does not say them; pass --lang to set them");
    }

    private static string Said(string target) =>
        $"{target} ({WritingScripts.Name(WritingScripts.Of(LanguageTags.Primary(target))!.Value)})";
}
