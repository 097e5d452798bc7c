namespace Review.Core.Formats;

/// <summary>
/// Decides which keys of the first record are source and target. In order: the names the user
/// gave; <c>source</c>/<c>target</c>; <c>src</c>/<c>tgt</c>; <c>text</c>/<c>translation</c>; two
/// language-code keys; <c>text</c> plus exactly one other string field; exactly two string fields.
/// The id (<c>id</c>) and suggestion (<c>suggestion</c>) keys never count as texts.
/// </summary>
public static class FieldChooser
{
    private static readonly (string Source, string Target)[] NamedPairs =
    [
        ("source", "target"),
        ("src", "tgt"),
        ("text", "translation"),
    ];

    /// <param name="fields">The first record's keys in file order, with whether each holds a string.</param>
    /// <param name="file">For the error message when nothing fits.</param>
    /// <param name="line">For the error message when nothing fits.</param>
    public static FieldChoice Choose(
        IReadOnlyList<(string Name, bool IsString)> fields, FieldOptions options, LanguagePair? languages, string file, long line)
    {
        var names = fields.Select(f => f.Name).ToList();
        var id = options.IdField ?? (names.Contains("id") ? "id" : null);
        var suggestion = options.SuggestionField ?? (names.Contains("suggestion") ? "suggestion" : null);
        var texts = fields.Where(f => f.IsString && f.Name != id && f.Name != suggestion).Select(f => f.Name).ToList();
        var detected = Detect(names, texts, languages);
        var source = options.SourceField ?? detected?.Source ?? OnlyOtherThan(texts, options.TargetField);
        var target = options.TargetField ?? detected?.Target ?? OnlyOtherThan(texts, options.SourceField);
        if (source is null || target is null)
        {
            throw new InputException(
                file,
                line,
                $"cannot tell which fields are source and target among: {string.Join(", ", names)}; " +
                "pass --source-field and --target-field");
        }
        var given = options.SourceField is not null || options.TargetField is not null;
        var reason = given ? "as given" : detected?.Reason ?? "detected";
        var keyLanguages = detected?.Source == source && detected.Target == target ? detected.Languages : null;
        return new FieldChoice(source, target, suggestion, id, keyLanguages, reason);
    }

    private static FieldChoice? Detect(List<string> names, List<string> texts, LanguagePair? languages)
    {
        foreach (var (source, target) in NamedPairs)
        {
            if (names.Contains(source) && names.Contains(target))
            {
                return new FieldChoice(source, target, null, null, null, $"detected: {source}/{target}");
            }
        }
        var codes = texts.Where(LanguageTags.IsTag).ToList();
        if (codes.Count == 2)
        {
            return ByLanguageCodes(codes, languages);
        }
        var others = texts.Where(t => t != "text").ToList();
        if (texts.Contains("text") && others.Count == 1)
        {
            return new FieldChoice("text", others[0], null, null, null, "detected: text plus one other string field");
        }
        if (texts.Count == 2)
        {
            return new FieldChoice(texts[0], texts[1], null, null, null, "detected: the only two string fields");
        }
        return null;
    }

    private static FieldChoice ByLanguageCodes(List<string> codes, LanguagePair? languages)
    {
        var sourceFirst = languages is null
            ? !LanguageTags.SameLanguage(codes[1], "en")
            : !LanguageTags.SameLanguage(codes[1], languages.Source);
        var (source, target) = sourceFirst ? (codes[0], codes[1]) : (codes[1], codes[0]);
        return new FieldChoice(source, target, null, null, new LanguagePair(source, target), "detected: language-code keys");
    }

    private static string? OnlyOtherThan(List<string> texts, string? taken)
    {
        var rest = texts.Where(t => t != taken).ToList();
        return taken is not null && rest.Count == 1 ? rest[0] : null;
    }
}
