namespace Review.Core.Formats;

/// <summary>What a PO export writes for a rejected pair.</summary>
public enum PoRejected
{
    /// <summary>An empty msgstr: the entry is untranslated again.</summary>
    Untranslated,

    /// <summary>The target under review, flagged fuzzy: kept, but not used until someone fixes it.</summary>
    Fuzzy,
}
