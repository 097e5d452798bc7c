namespace Review.Core.Formats;

/// <summary>The forms of one plural PO entry, gathered from consecutive pairs; forms not exported are written empty.</summary>
internal sealed class PoPlural(PoMetadata metadata)
{
    private readonly SortedDictionary<int, PoForm> _forms = [];

    public PoMetadata Metadata { get; } = metadata;

    public bool Holds(PoMetadata other) => other.Msgctxt == Metadata.Msgctxt && other.Msgid == Metadata.Msgid && !_forms.ContainsKey(other.PluralForm ?? -1);

    public void Add(int form, PoForm text) => _forms[form] = text;

    public List<PoForm> Forms()
    {
        var count = Math.Max(Metadata.PluralForms ?? 0, _forms.Count == 0 ? 0 : _forms.Keys.Max() + 1);
        return Enumerable.Range(0, count).Select(i => _forms.GetValueOrDefault(i, new PoForm("", PoFuzzy.Drop))).ToList();
    }
}
