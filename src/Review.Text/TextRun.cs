namespace Review.Text;

/// <summary>
/// A piece of sanitized text. <see cref="IsEscape"/> marks text the sanitizer made up to show a
/// control or invisible character (e.g. <c>^[</c>, <c>⟨RLO⟩</c>), so a widget can style it apart.
/// </summary>
public readonly record struct TextRun(string Text, bool IsEscape);
