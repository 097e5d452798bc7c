namespace Review.Core.Formats;

/// <summary>
/// The values of one tokenized JSONL line, looked up by key; a missing or mistyped value is an
/// <see cref="InputException"/> naming the file and line.
/// </summary>
internal readonly ref struct JsonRecord(ReadOnlySpan<byte> line, List<JsonField> fields, LineSource lines)
{
    private readonly ReadOnlySpan<byte> _line = line;

    public List<JsonField> Fields => fields;

    public long LineNumber => lines.LineNumber;

    public InputException Error(string problem) => lines.Error(problem);

    /// <summary>A string value that must be present.</summary>
    public string Required(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            throw lines.Error($"missing field \"{name}\"");
        }
        return String(fields[index]);
    }

    /// <summary>A string value, or null when the key is absent or null.</summary>
    public string? Optional(string? name)
    {
        var index = name is null ? -1 : IndexOf(name);
        return index < 0 || fields[index].IsNull ? null : String(fields[index]);
    }

    /// <summary>An id: a string, or a number taken as written; null when absent or null.</summary>
    public string? Id(string? name)
    {
        var index = name is null ? -1 : IndexOf(name);
        if (index < 0 || fields[index].IsNull)
        {
            return null;
        }
        var field = fields[index];
        if (field.IsString)
        {
            return String(field);
        }
        var raw = _line.Slice(field.TextStart, field.TextLength);
        if (raw.IndexOfAny("{[tf"u8) == 0)
        {
            throw lines.Error($"field \"{field.Name}\" is not a string or number");
        }
        return Utf8Text.Decode(raw);
    }

    /// <summary>The value's JSON bytes exactly as written.</summary>
    public ReadOnlySpan<byte> Utf8(JsonField field) => _line.Slice(field.Start, field.Length);

    /// <summary>The value's JSON text exactly as written.</summary>
    public string Raw(JsonField field) => Utf8Text.Decode(_line.Slice(field.Start, field.Length));

    public int IndexOf(string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }

    private string String(JsonField field)
    {
        if (!field.IsString)
        {
            throw lines.Error($"field \"{field.Name}\" is not a string");
        }
        return JsonStrings.Unescape(_line.Slice(field.TextStart, field.TextLength), field.Escaped);
    }
}
