namespace Review.Core.Formats;

/// <summary>Column or key names the user gave for jsonl and csv/tsv; null means detect.</summary>
public sealed record FieldOptions(
    string? SourceField = null,
    string? TargetField = null,
    string? SuggestionField = null,
    string? IdField = null)
{
    public static FieldOptions Detect { get; } = new();
}
