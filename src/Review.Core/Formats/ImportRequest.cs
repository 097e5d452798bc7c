namespace Review.Core.Formats;

/// <summary>The options of <c>review import</c> that apply to every input.</summary>
public sealed record ImportRequest(FieldOptions Fields, LanguagePair? Languages, DuplicatePolicy OnDuplicate)
{
    public static ImportRequest Default { get; } = new(FieldOptions.Detect, null, DuplicatePolicy.Error);
}
