using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// Writes a PO file. A pair imported from PO (<see cref="PoMetadata"/>) becomes its entry again,
/// with the decided text as msgstr; plural forms are gathered back into one entry. Any other pair
/// becomes an entry whose msgctxt is the pair id, since sources may repeat and a PO key may not.
/// The first PO pair's header is written first (or a minimal UTF-8 header), obsolete entries last.
/// </summary>
public sealed class PoWriter(TextWriter output, PoRejected rejected = PoRejected.Untranslated) : IPairWriter
{
    private readonly List<string> _obsolete = [];
    private PoPlural? _plural;
    private bool _headerWritten;
    private long _headersDropped;
    private long _replaced;

    public IReadOnlyList<string> Notes =>
    [
        .. _headersDropped == 0 ? Array.Empty<string>() : [$"the pairs came from more than one PO file; {_headersDropped} later headers were left out"],
        .. _replaced == 0 ? Array.Empty<string>() : [LoneSurrogates.Note(_replaced)],
    ];

    public void Write(ExportRow row)
    {
        var po = PoMetadata.Of(row.MetadataJson);
        WriteHeader(row, po);
        if (po?.Obsolete is { } obsolete)
        {
            _obsolete.Add(obsolete);
        }
        if (po?.PluralForm is { } form)
        {
            if (_plural is not null && !_plural.Holds(po))
            {
                FlushPlural();
            }
            _plural ??= new PoPlural(po);
            _plural.Add(form, Form(row, po));
            return;
        }
        FlushPlural();
        var single = Form(row, po);
        WriteEntry(po ?? new PoMetadata { Msgctxt = row.Id, Msgid = row.Source }, po?.MsgidPlural, [single.Text], Fuzzy(po, [single]));
    }

    public void Finish()
    {
        FlushPlural();
        if (!_headerWritten)
        {
            WriteMinimalHeader(null);
        }
        foreach (var block in _obsolete)
        {
            output.Write('\n');
            output.Write(block);
        }
        output.Flush();
    }

    private void WriteHeader(ExportRow row, PoMetadata? po)
    {
        if (_headerWritten)
        {
            _headersDropped += po?.Header is null ? 0 : 1;
            return;
        }
        _headerWritten = true;
        if (po?.Header is { } header)
        {
            output.Write(header);
        }
        else
        {
            WriteMinimalHeader(row.TargetLang);
        }
    }

    private void WriteMinimalHeader(string? language)
    {
        _headerWritten = true;
        output.Write("msgid \"\"\nmsgstr \"\"\n");
        output.Write("\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n");
        if (language is not null)
        {
            output.Write($"\"Language: {PoString.Escape(language)}\\n\"\n");
        }
    }

    private PoForm Form(ExportRow row, PoMetadata? po) => row.Status switch
    {
        PairStatus.Accepted or PairStatus.Fixed or PairStatus.Edited => new PoForm(Clean(row.Target), PoFuzzy.Drop),
        PairStatus.Rejected when rejected == PoRejected.Untranslated => new PoForm("", PoFuzzy.Drop),
        PairStatus.Rejected => new PoForm(Clean(row.Target), PoFuzzy.Add),
        _ => new PoForm(Clean(row.Target), po?.IsFuzzy == true ? PoFuzzy.Keep : PoFuzzy.Drop),
    };

    /// <summary>An entry is fuzzy when a form says so, or when it came in fuzzy and a form was left as it was.</summary>
    private static bool Fuzzy(PoMetadata? po, IReadOnlyList<PoForm> forms) =>
        forms.Any(f => f.Fuzzy == PoFuzzy.Add) || (po?.IsFuzzy == true && forms.Any(f => f.Fuzzy == PoFuzzy.Keep));

    private void FlushPlural()
    {
        if (_plural is null)
        {
            return;
        }
        var forms = _plural.Forms();
        WriteEntry(_plural.Metadata, _plural.Metadata.MsgidPlural, forms.Select(f => f.Text).ToList(), Fuzzy(_plural.Metadata, forms));
        _plural = null;
    }

    private void WriteEntry(PoMetadata po, string? plural, List<string> texts, bool fuzzy)
    {
        output.Write('\n');
        Comments("# ", po.TranslatorComments);
        Comments("#. ", po.ExtractedComments);
        Comments("#: ", po.References);
        var flags = (po.Flags ?? []).Where(f => f != "fuzzy").ToList();
        if (fuzzy)
        {
            flags.Insert(0, "fuzzy");
        }
        if (flags.Count > 0)
        {
            output.Write($"#, {string.Join(", ", flags)}\n");
        }
        // The previous msgid explains a fuzzy match; once the entry is no longer fuzzy it goes, as msgmerge drops it.
        Comments("#| ", fuzzy ? po.Previous : null);
        if (po.Msgctxt is not null)
        {
            PoString.Write(output, "", "msgctxt", Clean(po.Msgctxt));
        }
        PoString.Write(output, "", "msgid", Clean(po.Msgid));
        if (plural is null)
        {
            PoString.Write(output, "", "msgstr", texts[0]);
            return;
        }
        PoString.Write(output, "", "msgid_plural", Clean(plural));
        for (var i = 0; i < texts.Count; i++)
        {
            PoString.Write(output, "", $"msgstr[{i}]", texts[i]);
        }
    }

    private void Comments(string prefix, IReadOnlyList<string>? lines)
    {
        foreach (var line in lines ?? [])
        {
            output.Write(line.Length == 0 ? prefix.TrimEnd() : prefix + line);
            output.Write('\n');
        }
    }

    private string Clean(string text) => LoneSurrogates.Replace(text, ref _replaced);
}
