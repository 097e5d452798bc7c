namespace Review.Core.Formats;

/// <summary>What one pair's status does to the fuzzy flag of its PO entry.</summary>
internal enum PoFuzzy
{
    /// <summary>Decided (or rejected to untranslated): the entry is no longer fuzzy.</summary>
    Drop,

    /// <summary>Left as it came in: fuzzy if it came in fuzzy.</summary>
    Keep,

    /// <summary>Rejected, kept as a fuzzy translation.</summary>
    Add,
}
