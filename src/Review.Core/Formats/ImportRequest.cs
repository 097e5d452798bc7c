using Review.Core.Checks;

namespace Review.Core.Formats;

/// <summary>
/// The options of <c>review import</c> that apply to every input. <see cref="Repair"/> repairs a
/// target column garbled by a wrong encoding; <see cref="Checks"/> runs the checks and stores their
/// findings (null turns them off).
/// </summary>
public sealed record ImportRequest(FieldOptions Fields, LanguagePair? Languages, DuplicatePolicy OnDuplicate, bool Repair = true, CheckConfig? Checks = null)
{
    public static ImportRequest Default { get; } = new(FieldOptions.Detect, null, DuplicatePolicy.Error, true, CheckConfig.Default);
}
