namespace Review.Core.Formats;

/// <summary>Where one top-level key's value sits in a JSON line: the raw token, and for strings the text between the quotes.</summary>
internal readonly record struct JsonField(string Name, int Start, int Length, bool IsString, bool IsNull, int TextStart, int TextLength, bool Escaped);
