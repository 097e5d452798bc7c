namespace Review.Core.Formats;

/// <summary>
/// Splits a PO file into <see cref="PoEntry"/>s, streaming. An entry ends at a blank line or where
/// the next begins (a comment or keyword after its msgstr). Obsolete (<c>#~</c>) lines are parsed
/// like live ones, so that consecutive obsolete entries are counted apart.
/// </summary>
internal sealed class PoParser(LineSource lines)
{
    private PoEntry _entry = new();
    private bool _sawTranslation;
    private Action<string>? _continue;

    public IEnumerable<PoEntry> Entries()
    {
        while (lines.MoveNext())
        {
            var line = lines.DecodeCurrent().TrimEnd('\r');
            if (Starts(line) && HasContent())
            {
                yield return Finish();
            }
            Add(line);
        }
        if (HasContent())
        {
            yield return Finish();
        }
    }

    /// <summary>Whether this line opens a new entry when the current one already has a msgstr.</summary>
    private bool Starts(string line)
    {
        if (line.Trim().Length == 0)
        {
            return _entry.Id is not null;
        }
        if (!_sawTranslation)
        {
            return false;
        }
        var body = line.StartsWith("#~", StringComparison.Ordinal) ? line[2..].TrimStart() : line;
        return body.StartsWith('#') || body.StartsWith("msgctxt", StringComparison.Ordinal) || body.StartsWith("msgid", StringComparison.Ordinal);
    }

    private bool HasContent() => _entry.Raw.Count > 0 && (_entry.Id is not null || _entry.Raw.Any(l => l.Trim().Length > 0));

    private PoEntry Finish()
    {
        var entry = _entry;
        if (entry.Id is null || (entry.Translations.Count == 0 && !entry.Obsolete))
        {
            throw lines.Error(entry.Id is null ? "comments without an entry (no msgid)" : "entry without a msgstr");
        }
        _entry = new PoEntry();
        _sawTranslation = false;
        _continue = null;
        return entry;
    }

    private void Add(string line)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }
        _entry.Raw.Add(line);
        if (line.StartsWith("#~", StringComparison.Ordinal))
        {
            _entry.Obsolete = true;
            var body = line[2..].TrimStart();
            if (body.StartsWith('|'))
            {
                return;
            }
            Keyword(body);
            return;
        }
        if (line.StartsWith('#'))
        {
            Comment(line);
            return;
        }
        Keyword(line.TrimStart());
    }

    private void Comment(string line)
    {
        var kind = line.Length > 1 ? line[1] : ' ';
        var text = line.Length > 2 && line[2] == ' ' ? line[3..] : line.Length > 2 ? line[2..] : "";
        switch (kind)
        {
            case '.':
                _entry.ExtractedComments.Add(text);
                break;
            case ':':
                _entry.References.Add(text);
                break;
            case ',':
                _entry.Flags.AddRange(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                break;
            case '|':
                _entry.Previous.Add(text);
                break;
            default:
                _entry.TranslatorComments.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                break;
        }
    }

    private void Keyword(string line)
    {
        if (line.StartsWith('"'))
        {
            if (_continue is null)
            {
                throw lines.Error("a string continues no keyword");
            }
            _continue(Text(line, 0));
            return;
        }
        var space = line.IndexOfAny([' ', '\t']);
        var keyword = space < 0 ? line : line[..space];
        var text = Text(line, keyword.Length);
        var entry = _entry;
        switch (keyword)
        {
            case "msgctxt":
                entry.Context = text;
                _continue = t => entry.Context += t;
                break;
            case "msgid":
                entry.Line = lines.LineNumber;
                entry.Id = text;
                _continue = t => entry.Id += t;
                break;
            case "msgid_plural":
                entry.IdPlural = text;
                _continue = t => entry.IdPlural += t;
                break;
            default:
                Translation(keyword, text);
                break;
        }
    }

    private void Translation(string keyword, string text)
    {
        var entry = _entry;
        var index = keyword == "msgstr" ? 0 : PluralIndex(keyword);
        if (index != entry.Translations.Count)
        {
            throw lines.Error($"{keyword}: expected msgstr{(entry.IdPlural is null ? "" : $"[{entry.Translations.Count}]")}");
        }
        entry.Translations.Add(text);
        _sawTranslation = true;
        _continue = t => entry.Translations[index] += t;
    }

    private int PluralIndex(string keyword)
    {
        if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
            && int.TryParse(keyword.AsSpan(7, keyword.Length - 8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return index;
        }
        throw lines.Error($"unknown keyword \"{keyword}\"");
    }

    private string Text(string line, int start) =>
        PoString.Parse(line, start, out var problem) ?? throw lines.Error(problem!);
}
