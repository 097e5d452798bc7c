namespace Review.Core.Formats;

/// <summary>One msgstr as the PO writer will write it, and what its pair's status does to the fuzzy flag.</summary>
internal sealed record PoForm(string Text, PoFuzzy Fuzzy);
