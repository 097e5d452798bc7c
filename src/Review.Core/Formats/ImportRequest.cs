using Review.Core.Checks;

namespace Review.Core.Formats;

/// <summary>
/// The options of <c>review import</c> that apply to every input. <see cref="Repair"/> repairs a
/// target column garbled by a wrong encoding; <see cref="Checks"/> runs the checks and stores their
/// findings (null turns them off).
/// </summary>
public sealed record ImportRequest(FieldOptions Fields, LanguagePair? Languages, DuplicatePolicy OnDuplicate, bool Repair = true, CheckConfig? Checks = null)
{
    /// <summary>Split each paragraph pair into sentences and import the aligned groups instead
    /// (<c>--align sentences</c>), each with its <c>alignment</c> finding when the link is uncertain.</summary>
    public bool AlignSentences { get; init; }

    public static ImportRequest Default { get; } = new(FieldOptions.Detect, null, DuplicatePolicy.Error, true, CheckConfig.Default);
}
